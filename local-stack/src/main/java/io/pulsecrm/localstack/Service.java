package io.pulsecrm.localstack;

import java.nio.file.Path;

/**
 * The CRM services as packaged jars: where the jar is, which variable sets the HTTP port, where
 * health is answered, the default port of {@code crm up} and a heap cap chosen so that the whole
 * stack with demo data fits in 4 GB.
 */
public enum Service {
    OLTP_APP("oltp-app", "oltp-app/target/oltp-app.jar", "SERVER_PORT", "/actuator/health", 8080, "384m"),
    STREAM_PROCESSORS("stream-processors", "stream-processors/target/stream-processors.jar", "CRM_HEALTH_PORT", "/health", 8091, "512m"),
    WAREHOUSE_SINK("warehouse-sink", "warehouse/target/warehouse-exec.jar", "CRM_HEALTH_PORT", "/health", 8092, "256m"),
    DASHBOARDS("dashboards", "dashboards/target/dashboards.jar", "SERVER_PORT", "/actuator/health", 8090, "256m");

    private final String id;
    private final String jar;
    private final String portVariable;
    private final String healthPath;
    private final int defaultPort;
    private final String maxHeap;

    Service(String id, String jar, String portVariable, String healthPath, int defaultPort, String maxHeap) {
        this.id = id;
        this.jar = jar;
        this.portVariable = portVariable;
        this.healthPath = healthPath;
        this.defaultPort = defaultPort;
        this.maxHeap = maxHeap;
    }

    /** Name used for logs, pid files and data folders, e.g. {@code warehouse-sink}. */
    public String id() {
        return id;
    }

    public Path jar(Path root) {
        return root.resolve(jar);
    }

    public String portVariable() {
        return portVariable;
    }

    public String healthPath() {
        return healthPath;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String maxHeap() {
        return maxHeap;
    }
}
