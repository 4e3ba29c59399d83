package io.pulsecrm.localstack;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackModeTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier MUST_NOT_PROBE = () -> {
        throw new AssertionError("the Docker engine was probed");
    };

    @Test
    void autoRunsContainersWhenTestcontainersFindsADockerEngine() {
        assertThat(StackMode.select("auto", DOCKER)).isEqualTo(StackMode.CONTAINERS);
    }

    @Test
    void autoRunsTheEmbeddedServersWithoutDockerEngine() {
        assertThat(StackMode.select("auto", NO_DOCKER)).isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    void noValueMeansAuto() {
        assertThat(StackMode.select(null, NO_DOCKER)).isEqualTo(StackMode.EMBEDDED);
        assertThat(StackMode.select(" ", DOCKER)).isEqualTo(StackMode.CONTAINERS);
    }

    @Test
    void embeddedNeverProbesForDocker() {
        assertThat(StackMode.select("embedded", MUST_NOT_PROBE)).isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    void containersRunsContainersWhenThereIsADockerEngine() {
        assertThat(StackMode.select("containers", DOCKER)).isEqualTo(StackMode.CONTAINERS);
    }

    @Test
    void containersWithoutDockerEngineFailsSayingHowToRunEmbedded() {
        assertThatThrownBy(() -> StackMode.select("containers", NO_DOCKER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("crm.localstack.mode=containers, but Testcontainers found no Docker engine")
                .hasMessageContaining("-Dcrm.localstack.mode=embedded");
    }

    @Test
    void valuesIgnoreCaseAndSurroundingBlanks() {
        assertThat(StackMode.select(" Embedded ", MUST_NOT_PROBE)).isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    void anUnknownModeIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> StackMode.select("docker", MUST_NOT_PROBE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crm.localstack.mode=docker is not a mode: use embedded, containers or auto");
    }

    @Test
    void theEngineIsProbedOncePerDecision() {
        AtomicInteger probes = new AtomicInteger();

        StackMode.select("auto", () -> probes.incrementAndGet() > 0);

        assertThat(probes).hasValue(1);
    }
}
