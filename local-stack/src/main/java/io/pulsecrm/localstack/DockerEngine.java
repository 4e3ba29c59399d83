package io.pulsecrm.localstack;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers finds a Docker engine. Its own class so that nothing of Testcontainers is
 * loaded unless the mode asks. Without an engine the answer takes about half a second (measured
 * on the 2-core dev machine: 0.4–0.7 s) and Testcontainers logs an ERROR listing what it tried.
 */
final class DockerEngine {

    private DockerEngine() {}

    static boolean found() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}
