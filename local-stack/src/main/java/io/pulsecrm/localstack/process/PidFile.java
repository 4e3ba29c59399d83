package io.pulsecrm.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** A file holding one pid, so a later command (or a later test run) can find the process again. */
public record PidFile(Path path) {

    public OptionalLong read() {
        try {
            String text = Files.readString(path).trim();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void write(long pid) {
        try {
            Files.createDirectories(path.getParent());
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(tmp, pid + "\n");
            Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** The recorded process if it is still alive and still ours (its command line contains {@code marker}). */
    public Optional<ProcessHandle> live(String marker) {
        OptionalLong pid = read();
        return pid.isPresent() ? Procs.live(pid.getAsLong(), marker) : Optional.empty();
    }
}
