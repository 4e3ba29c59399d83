package io.pulsecrm.localstack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches a child JVM on the current JVM's {@code java.home}, stdout and stderr appended to a log
 * file, stdin from /dev/null.
 *
 * <p>{@code detached}: the child gets its own session ({@code setsid}), so it outlives the
 * launcher and a Ctrl-C or hang-up in the launcher's terminal does not reach it — what
 * {@code crm up} wants. Test children are not detached: they belong to the test JVM.
 */
public final class JavaChild {

    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> programArgs = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private List<String> launchTarget = List.of();
    private Path log;
    private Path workDir;
    private boolean detached;

    /** Marks every child with the stack folder it belongs to, so pid files can be checked against command lines. */
    public static final String OWNER_PROPERTY = "crm.stack";

    /**
     * What the command line of every child of the stack in {@code stackDir} contains: the folder
     * with a trailing slash (so {@code local-stack} never matches {@code local-stack-123}). Kafka
     * and the chDB endpoint name their data folder inside it; services carry {@code -Dcrm.stack=}.
     */
    public static String ownerMarker(Path stackDir) {
        return stackDir.toAbsolutePath().normalize() + "/";
    }

    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public JavaChild mainClass(String classpath, String mainClass) {
        launchTarget = List.of("-cp", classpath, mainClass);
        return this;
    }

    public JavaChild jar(Path jar) {
        launchTarget = List.of("-jar", jar.toString());
        return this;
    }

    public JavaChild owner(Path stackDir) {
        jvmArgs.add("-D" + OWNER_PROPERTY + "=" + ownerMarker(stackDir));
        return this;
    }

    public JavaChild jvmArgs(String... args) {
        jvmArgs.addAll(List.of(args));
        return this;
    }

    public JavaChild args(List<String> args) {
        programArgs.addAll(args);
        return this;
    }

    public JavaChild env(Map<String, String> values) {
        env.putAll(values);
        return this;
    }

    public JavaChild log(Path file) {
        log = file;
        return this;
    }

    public JavaChild workDir(Path dir) {
        workDir = dir;
        return this;
    }

    public JavaChild detached(boolean value) {
        detached = value;
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        if (detached) {
            // setsid execs in place (the child is not a group leader), so the pid stays the java pid.
            command.add("setsid");
        }
        command.add(javaBinary().toString());
        if (Runtime.version().feature() >= 23) {
            // Kafka and Netty use sun.misc.Unsafe; JDK 23+ would print a warning per process (same java.home as ours).
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmArgs);
        command.addAll(launchTarget);
        command.addAll(programArgs);
        return command;
    }

    public Process start() {
        if (launchTarget.isEmpty() || log == null) {
            throw new IllegalStateException("a main class or jar and a log file are required");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true);
            if (workDir != null) {
                Files.createDirectories(workDir);
                pb.directory(workDir.toFile());
            }
            // A JAVA_TOOL_OPTIONS meant for the launcher (agents, debug ports) must not reach every child.
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().putAll(env);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command(), e);
        }
    }
}
