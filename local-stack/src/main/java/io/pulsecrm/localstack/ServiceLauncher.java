package io.pulsecrm.localstack;

import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.LogFiles;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Waits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Starts a {@link Service} jar as {@code java -Xmx… -jar} and waits until its health endpoint answers 200. */
public final class ServiceLauncher {

    /**
     * Everything one launch needs. {@code owner}: the stack folder the process belongs to (marks its
     * command line); {@code env} already holds the CRM_* connection variables.
     */
    public record Spec(Path owner, Service service, Path root, int port, Map<String, String> env, Path log, PidFile pidFile,
                       boolean detached) {}

    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
    private static final Logger log = LoggerFactory.getLogger(ServiceLauncher.class);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceLauncher() {}

    /** The jar, or a {@link MissingJar} telling how to build it. */
    public static Path requireJar(Service service, Path root) {
        Path jar = service.jar(root);
        if (!Files.isRegularFile(jar)) {
            throw new MissingJar(service, jar);
        }
        return jar;
    }

    public static ServiceProcess launch(Spec spec) {
        Service service = spec.service();
        Path jar = requireJar(service, spec.root());
        long started = System.nanoTime();
        Map<String, String> env = new LinkedHashMap<>(spec.env());
        env.put(service.portVariable(), Integer.toString(spec.port()));
        long logOffset = LogFiles.size(spec.log());
        Process process = new JavaChild()
                .owner(spec.owner())
                .jvmArgs("-Xms64m", "-Xmx" + service.maxHeap(), "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError")
                .jar(jar)
                .env(env)
                .log(spec.log())
                .workDir(spec.root())
                .detached(spec.detached())
                .start();
        spec.pidFile().write(process.pid());
        String url = "http://127.0.0.1:" + spec.port() + service.healthPath();
        try {
            Waits.until(service.id() + " health at " + url, process.toHandle(), HEALTH_TIMEOUT,
                    () -> healthy(url),
                    () -> "--- " + spec.log() + " ---\n" + tailFrom(spec.log(), logOffset));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            spec.pidFile().delete();
            throw e;
        }
        log.info("{} healthy at {} (pid {}) in {} ms", service.id(), url, process.pid(), (System.nanoTime() - started) / 1_000_000);
        return new ServiceProcess(service, spec.port(), process.toHandle(), spec.log(), spec.pidFile());
    }

    /** A live handle on a service started earlier (e.g. by a previous {@code crm up}). */
    public static ServiceProcess attach(Service service, int port, ProcessHandle process, Path logFile, PidFile pidFile) {
        return new ServiceProcess(service, port, process, logFile, pidFile);
    }

    public static Optional<Boolean> healthy(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? Optional.of(true) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String tailFrom(Path logFile, long offset) {
        return LogFiles.size(logFile) > offset ? LogFiles.tail(logFile, 60) : "(the service wrote nothing to its log)";
    }

    /** The packaged jar of a service is not there: the project has not been built. */
    public static final class MissingJar extends IllegalStateException {
        public MissingJar(Service service, Path jar) {
            super(service.id() + " is not built: " + jar + " is missing. Build the jars with `mvn -DskipTests package` "
                    + "in the repository root (./crm up does this for you).");
        }
    }
}
