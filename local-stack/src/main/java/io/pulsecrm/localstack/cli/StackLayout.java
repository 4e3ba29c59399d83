package io.pulsecrm.localstack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where {@code crm} keeps its state ({@code <root>/.crm}: data/, logs/, run/) and which ports the
 * components use: the defaults of docs/architecture.md, overridden by {@code --port name=N}; the
 * ports of a running stack are remembered in run/ports.properties until {@code down}.
 */
record StackLayout(Path root, Path stateDir, Map<String, Integer> ports) {

    static final Map<String, Integer> DEFAULT_PORTS = defaults();

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", 55432);
        ports.put("kafka", 59092);
        ports.put("kafka-controller", 59093);
        ports.put("clickhouse", 58123);
        ports.put("oltp-app", 8080);
        ports.put("stream-processors", 8091);
        ports.put("warehouse-sink", 8092);
        ports.put("dashboards", 8090);
        return Map.copyOf(ports);
    }

    static StackLayout of(Path root, Path stateDir, Map<String, Integer> overrides) {
        Path state = (stateDir == null ? root.resolve(".crm") : stateDir).toAbsolutePath().normalize();
        Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
        ports.putAll(readPorts(state.resolve("run/ports.properties")));
        ports.putAll(overrides);
        return new StackLayout(root, state, Map.copyOf(ports));
    }

    int port(String name) {
        return ports.get(name);
    }

    Path data(String name) {
        return stateDir.resolve("data").resolve(name);
    }

    Path log(String name) {
        return stateDir.resolve("logs").resolve(name + ".log");
    }

    Path pidFile(String name) {
        return stateDir.resolve("run").resolve(name + ".pid");
    }

    /** Downloaded and extracted binaries are shared by every state folder of the checkout. */
    Path cache() {
        return root.resolve(".crm/cache");
    }

    void rememberPorts() {
        Path file = stateDir.resolve("run/ports.properties");
        Properties props = new Properties();
        ports.forEach((k, v) -> props.setProperty(k, v.toString()));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "ports of the running stack (crm up); removed by crm down");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void forgetPorts() {
        try {
            Files.deleteIfExists(stateDir.resolve("run/ports.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> readPorts(Path file) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return ports;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        props.stringPropertyNames().forEach(k -> ports.put(k, Integer.parseInt(props.getProperty(k).trim())));
        return ports;
    }
}
