package io.pulsecrm.localstack.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Command line of {@link KafkaMain}. */
record KafkaArgs(Path dir, int port, int controllerPort, OptionalLong parentPid, Map<String, String> overrides) {

    static final String USAGE = "KafkaMain --dir DIR --port N --controller-port M [--exit-with-parent PID] [--config key=value]...";

    static KafkaArgs parse(String[] argv) {
        Path dir = null;
        Integer port = null;
        Integer controllerPort = null;
        OptionalLong parent = OptionalLong.empty();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String name = argv[i];
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = argv[++i];
            switch (name) {
                case "--dir" -> dir = Path.of(value).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(value);
                case "--controller-port" -> controllerPort = Integer.parseInt(value);
                case "--exit-with-parent" -> parent = OptionalLong.of(Long.parseLong(value));
                case "--config" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--config wants key=value, got " + value);
                    }
                    overrides.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (dir == null || port == null || controllerPort == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new KafkaArgs(dir, port, controllerPort, parent, Map.copyOf(overrides));
    }
}
