package io.pulsecrm.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root folder: where .crm/ (data, logs, caches) and the service jars are. */
public final class RepoRoot {

    public static final String PROPERTY = "crm.root";

    private RepoRoot() {}

    /**
     * System property {@code crm.root} (the root pom's failsafe configuration sets it) when it
     * points at a folder with local-stack/ in it, else the nearest folder upwards from the working
     * directory that contains local-stack/.
     */
    public static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Pulse CRM checkout: no folder containing local-stack/ above "
                + Path.of("").toAbsolutePath() + " and -D" + PROPERTY + " is " + configured);
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("local-stack")) && Files.isRegularFile(dir.resolve("pom.xml"));
    }
}
