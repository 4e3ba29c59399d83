package io.pulsecrm.localstack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Testcontainers' real engine discovery, on a machine without Docker (like the dev machine): quick, and a clear "no". */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerEngineTest {

    @BeforeEach
    void onlyWithoutDocker() {
        assumeTrue(System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
                        && !Files.exists(Path.of(System.getProperty("user.home"), ".docker/run/docker.sock")),
                "this machine has a Docker engine");
    }

    @Test
    @Order(1) // the first probe of the JVM is the slow one; Testcontainers caches its failure
    void autoDecidesForTheEmbeddedServersWithinSeconds() {
        StackMode mode = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StackMode.select("auto", DockerEngine::found));

        assertThat(mode).isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    @Order(2)
    void containersFailsWithTheClearMessage() {
        assertThatThrownBy(() -> StackMode.select("containers", DockerEngine::found))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found no Docker engine");
    }
}
