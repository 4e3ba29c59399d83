package io.pulsecrm.localstack.postgres;

import io.pulsecrm.localstack.process.Commands;
import io.pulsecrm.localstack.process.Procs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operating-system user the PostgreSQL processes run as.
 *
 * <p>initdb, pg_ctl and postgres refuse to run as root ("cannot be run as root" — verified with
 * the zonky 17.6.0 binaries; zonky's own EmbeddedPostgres does nothing about it either). When
 * this JVM is root, every PostgreSQL command is therefore run through
 * {@code setpriv --reuid --regid --clear-groups} (util-linux, on every Debian/Ubuntu) as an
 * unprivileged user: {@code CRM_PG_OS_USER} / {@code -Dcrm.pg.osUser}, else {@code nobody}, which
 * exists everywhere and needs no account to be created. An existing data directory keeps
 * running as the user that owns it. When this JVM is not root, commands run as the current user.
 */
public final class PgOsUser {

    public static final String PROPERTY = "crm.pg.osUser";
    public static final String ENV = "CRM_PG_OS_USER";
    private static final String DEFAULT_USER = "nobody";

    private final Integer uid;
    private final Integer gid;

    private PgOsUser(Integer uid, Integer gid) {
        this.uid = uid;
        this.gid = gid;
    }

    /** The user for this data directory: its owner if it exists, else the configured one (root only). */
    public static PgOsUser forDataDir(Path dataDir) {
        if (Procs.currentUid() != 0) {
            return new PgOsUser(null, null);
        }
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            int ownerUid = attribute(dataDir, "unix:uid");
            int ownerGid = attribute(dataDir, "unix:gid");
            if (ownerUid != 0) {
                return new PgOsUser(ownerUid, ownerGid);
            }
        }
        return configured();
    }

    /** The user for a new data directory: {@code CRM_PG_OS_USER} / {@code -Dcrm.pg.osUser}, else nobody (when root). */
    public static PgOsUser configured() {
        if (Procs.currentUid() != 0) {
            return new PgOsUser(null, null);
        }
        String name = System.getProperty(PROPERTY, System.getenv().getOrDefault(ENV, DEFAULT_USER));
        int resolvedUid = Integer.parseInt(Commands.check(List.of("id", "-u", name), java.util.Map.of(), Duration.ofSeconds(5)).trim());
        int resolvedGid = Integer.parseInt(Commands.check(List.of("id", "-g", name), java.util.Map.of(), Duration.ofSeconds(5)).trim());
        if (resolvedUid == 0) {
            throw new IllegalStateException(ENV + "=" + name + " is root; PostgreSQL refuses to run as root");
        }
        return new PgOsUser(resolvedUid, resolvedGid);
    }

    public boolean switchesUser() {
        return uid != null;
    }

    /** The command, prefixed so that it runs as this user. */
    public List<String> wrap(List<String> command) {
        if (!switchesUser()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a file or folder we created (as root) to this user. */
    public void own(Path path) {
        if (!switchesUser()) {
            return;
        }
        try {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + path + " to uid " + uid, e);
        }
    }

    /** True when every existing folder above {@code path} is searchable by this user. */
    public boolean canReach(Path path) {
        return blockingFolder(path) == null;
    }

    /**
     * Fails with a clear message when a folder on the way to {@code path} is closed to this user
     * (e.g. a checkout under /root, mode 700): the server could not reach its data or binaries.
     */
    public void requireReachable(Path path) {
        Path blocking = blockingFolder(path);
        if (blocking != null) {
            throw new IllegalStateException("PostgreSQL runs as uid " + uid + " (root may not run it) and cannot reach "
                    + path + ": " + blocking + " is not searchable by others. Move the checkout, `chmod o+x " + blocking
                    + "`, or set " + ENV + " to a user that can reach it.");
        }
    }

    private Path blockingFolder(Path path) {
        if (!switchesUser()) {
            return null;
        }
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.exists(dir)) {
                continue; // created later by us, world-searchable
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
                boolean owner = attribute(dir, "unix:uid") == uid;
                if (!(owner ? perms.contains(PosixFilePermission.OWNER_EXECUTE) : perms.contains(PosixFilePermission.OTHERS_EXECUTE))) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static int attribute(Path path, String name) {
        try {
            return (Integer) Files.getAttribute(path, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return switchesUser() ? "uid " + uid : "the current user";
    }
}
