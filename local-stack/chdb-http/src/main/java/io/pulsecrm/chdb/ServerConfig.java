package io.pulsecrm.chdb;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command line of {@link ChdbHttpServer}.
 *
 * @param host address to listen on; loopback by default, since there is no authentication
 * @param port 0 picks a free port (reported in the READY line)
 * @param dataPath chDB's data directory ({@code --path})
 * @param library libchdb.so ({@code --lib}, else environment {@code CHDB_LIB})
 * @param threads HTTP worker threads; statements still run one at a time
 * @param allowNonEmptyCwd skip the empty-working-directory check (see README, pitfall 5)
 */
record ServerConfig(String host, int port, Path dataPath, Path library, int threads, boolean allowNonEmptyCwd) {

    static final String USAGE = "usage: ChdbHttpServer --port N --path DIR [--lib PATH/libchdb.so] [--host 127.0.0.1]"
            + " [--threads 8] [--allow-nonempty-cwd]   (--lib defaults to $CHDB_LIB)";

    static ServerConfig parse(String[] args, Map<String, String> env) {
        String host = "127.0.0.1";
        Integer port = null;
        Path path = null;
        Path lib = env.get("CHDB_LIB") == null || env.get("CHDB_LIB").isBlank() ? null : Path.of(env.get("CHDB_LIB"));
        int threads = 8;
        boolean allowNonEmptyCwd = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = value(args, ++i);
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--path" -> path = Path.of(value(args, ++i));
                case "--lib" -> lib = Path.of(value(args, ++i));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                case "--allow-nonempty-cwd" -> allowNonEmptyCwd = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (port == null || path == null || lib == null) {
            throw new IllegalArgumentException("--port, --path and --lib (or CHDB_LIB) are required");
        }
        if (port < 0 || port > 65535 || threads < 1) {
            throw new IllegalArgumentException("bad --port or --threads");
        }
        return new ServerConfig(host, port, path.toAbsolutePath(), lib.toAbsolutePath(), threads, allowNonEmptyCwd);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
