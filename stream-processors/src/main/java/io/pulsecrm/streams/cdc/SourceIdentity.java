package io.pulsecrm.streams.cdc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers which PostgreSQL database the offsets file belongs to, next to it.
 *
 * <p>Offsets are LSNs, and LSNs only mean something within one cluster. After PostgreSQL's data is
 * re-created (a new cluster, or the database dropped and created again) the old offsets would make
 * Debezium skip the new database's history without a word, and downstream state keyed by LSN would
 * ignore the new events. So the engine refuses to start on a mismatch and says how to reset.
 */
final class SourceIdentity {

    private final Path file;
    private final Path offsetsFile;

    SourceIdentity(Path offsetsFile) {
        this.offsetsFile = offsetsFile;
        this.file = offsetsFile.resolveSibling(offsetsFile.getFileName() + ".source");
    }

    /** The mismatch to report, or null when the offsets may be used (and are now bound to {@code sourceId}). */
    String verify(String sourceId) throws IOException {
        if (sourceId == null) {
            return null;
        }
        if (Files.exists(offsetsFile) && Files.exists(file)) {
            String recorded = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!recorded.equals(sourceId)) {
                return "the offsets in " + offsetsFile + " were written for another PostgreSQL database ("
                        + recorded + ", now " + sourceId + "): its LSNs mean nothing here. Reset the whole "
                        + "pipeline (delete " + offsetsFile.getParent() + ", the cdc.* and analytics.* topics and "
                        + "the Streams application state) to capture this database from a fresh snapshot";
            }
            return null;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sourceId, StandardCharsets.UTF_8);
        return null;
    }
}
