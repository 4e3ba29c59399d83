package io.pulsecrm.localstack;

import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;

/** A CRM service running as a child JVM from its packaged jar, healthy when returned. */
public final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final Service service;
    private final int port;
    private final ProcessHandle process;
    private final Path logFile;
    private final PidFile pidFile;

    ServiceProcess(Service service, int port, ProcessHandle process, Path logFile, PidFile pidFile) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    public Service service() {
        return service;
    }

    /** The HTTP port: SERVER_PORT for the web apps, CRM_HEALTH_PORT for the headless services. */
    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return logFile;
    }

    public boolean isAlive() {
        return Procs.isRunning(process);
    }

    /** SIGTERM (Spring and the services shut down gracefully on it), SIGKILL after 30 s. Idempotent. */
    public void stop() {
        if (Procs.isRunning(process)) {
            boolean graceful = Procs.terminate(process, STOP_GRACE);
            log.info("{} (pid {}) stopped{}", service.id(), process.pid(), graceful ? "" : " by SIGKILL after " + STOP_GRACE.toSeconds() + " s");
        }
        pidFile.delete();
    }

    @Override
    public String toString() {
        return service.id() + "[pid " + pid() + ", " + baseUrl() + "]";
    }
}
