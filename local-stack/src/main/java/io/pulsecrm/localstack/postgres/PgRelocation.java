package io.pulsecrm.localstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where PostgreSQL's files really live when the unprivileged server user cannot reach the place
 * asked for — a checkout inside a root-only folder (a {@code mktemp -d} folder or /root is mode
 * 700). The files then live under {@code /var/tmp/pulse-crm-postgres/<hash of the path>/} and the
 * requested path becomes a symbolic link to them, so people and tools still find them there.
 */
final class PgRelocation {

    static final Path BASE = Path.of("/var/tmp/pulse-crm-postgres");

    private PgRelocation() {}

    /** The path to hand to PostgreSQL for {@code wanted}: itself when reachable, else a linked stand-in. */
    static Path place(Path wanted, PgOsUser os) {
        Path path = wanted.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(path)) {
                if (Files.exists(path)) {
                    return path.toRealPath();
                }
                Files.delete(path); // its target was wiped; make a new one
            }
            if (os.canReach(path)) {
                return path;
            }
            if (Files.exists(path)) {
                os.requireReachable(path); // an old real folder we cannot move: say why it fails
            }
            Path real = BASE.resolve(hash(path)).resolve(path.getFileName());
            PgBinaries.createWorldReadableDirs(real.getParent());
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, real);
            return real;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot place " + path + " where PostgreSQL can reach it", e);
        }
    }

    /** The real location of a possibly linked path (the path itself when it is no link or dangles). */
    static Path resolve(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(abs) && Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** Deletes a folder, and the relocated folder behind it if it is a link. */
    static void deleteTree(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            Path real = resolve(abs);
            if (!real.equals(abs)) {
                PgBinaries.deleteTree(real);
            }
            Files.delete(abs);
            return;
        }
        PgBinaries.deleteTree(abs);
    }

    private static String hash(Path path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
