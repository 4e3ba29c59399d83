package io.pulsecrm.localstack.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackLayoutTest {

    @TempDir
    Path root;

    @Test
    void defaultsAreThePortsOfTheArchitectureDocument() {
        StackLayout layout = StackLayout.of(root, null, Map.of());

        assertThat(layout.stateDir()).isEqualTo(root.resolve(".crm"));
        assertThat(layout.ports()).containsEntry("postgres", 55432).containsEntry("kafka", 59092).containsEntry("kafka-controller", 59093)
                .containsEntry("clickhouse", 58123).containsEntry("oltp-app", 8080).containsEntry("dashboards", 8090)
                .containsEntry("stream-processors", 8091).containsEntry("warehouse-sink", 8092);
    }

    @Test
    void portsChosenAtUpAreRememberedUntilDown() {
        StackLayout.of(root, null, Map.of("oltp-app", 9080)).rememberPorts();

        StackLayout later = StackLayout.of(root, null, Map.of());
        assertThat(later.port("oltp-app")).isEqualTo(9080);

        later.forgetPorts();
        assertThat(StackLayout.of(root, null, Map.of()).port("oltp-app")).isEqualTo(8080);
    }

    @Test
    void stateDirectoryHoldsDataLogsAndPidFilesButTheCacheStaysInTheCheckout() {
        StackLayout layout = StackLayout.of(root, root.resolve("elsewhere"), Map.of());

        assertThat(layout.data("kafka")).isEqualTo(root.resolve("elsewhere/data/kafka"));
        assertThat(layout.log("kafka")).isEqualTo(root.resolve("elsewhere/logs/kafka.log"));
        assertThat(layout.pidFile("kafka")).isEqualTo(root.resolve("elsewhere/run/kafka.pid"));
        assertThat(layout.cache()).isEqualTo(root.resolve(".crm/cache"));
    }
}
