package io.pulsecrm.localstack.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code <command> [--infra-only] [--state-dir DIR] [--port name=N]... [-n LINES] [name]}. */
record CliArgs(String command, boolean infraOnly, Path stateDir, Map<String, Integer> ports, int lines, List<String> names) {

    static final String USAGE = """
            usage: StackCli <command> [options]
              up [--infra-only]   start postgres, kafka, clickhouse (and, unless --infra-only, the services); running ones are left alone
              down                stop what up started, services first; data is kept
              status              state, pid, port and memory of each component
              logs [name] [-n N]  where the logs are, or the last N (100) lines of one
            options: --state-dir DIR (default <root>/.crm)   --port name=N (e.g. --port oltp-app=9080)
            exit codes: 0 ok, 1 a component failed to start or stop, 2 usage error or jars not built, 3 (status) something is down""";

    static CliArgs parse(String[] argv) {
        if (argv.length == 0) {
            throw new IllegalArgumentException("no command");
        }
        boolean infraOnly = false;
        Path stateDir = null;
        Map<String, Integer> ports = new LinkedHashMap<>();
        int lines = 100;
        List<String> names = new ArrayList<>();
        for (int i = 1; i < argv.length; i++) {
            switch (argv[i]) {
                case "--infra-only" -> infraOnly = true;
                case "--state-dir" -> stateDir = Path.of(value(argv, ++i));
                case "--port" -> {
                    String[] kv = value(argv, ++i).split("=", 2);
                    if (kv.length != 2 || !StackLayout.DEFAULT_PORTS.containsKey(kv[0])) {
                        throw new IllegalArgumentException("--port wants name=N with name one of " + StackLayout.DEFAULT_PORTS.keySet());
                    }
                    ports.put(kv[0], Integer.parseInt(kv[1]));
                }
                case "-n" -> lines = Integer.parseInt(value(argv, ++i));
                default -> {
                    if (argv[i].startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + argv[i]);
                    }
                    names.add(argv[i]);
                }
            }
        }
        return new CliArgs(argv[0], infraOnly, stateDir, Map.copyOf(ports), lines, List.copyOf(names));
    }

    private static String value(String[] argv, int i) {
        if (i >= argv.length) {
            throw new IllegalArgumentException(argv[i - 1] + " needs a value");
        }
        return argv[i];
    }
}
