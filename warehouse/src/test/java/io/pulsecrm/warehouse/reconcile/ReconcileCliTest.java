package io.pulsecrm.warehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcileCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void monthsAreInShanghaiAndTheWaitIsThirtySecondsUnlessSaidOtherwise() {
        ReconcileSettings defaults = ReconcileSettings.from(Map.of());
        ReconcileSettings chosen = ReconcileSettings.from(Map.of("CRM_RECONCILE_ZONE", "UTC"), "--wait", "5");

        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(defaults.catchUpWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(chosen.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(chosen.catchUpWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ReconcileSettings.from(Map.of(), "--zone", "Europe/Paris").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aBadZoneOrWaitNamesTheSetting() {
        assertThatThrownBy(() -> ReconcileSettings.from(Map.of(), "--zone", "Mars/Olympus")).hasMessageStartingWith("zone:");
        assertThatThrownBy(() -> ReconcileSettings.from(Map.of(), "--zone", "+08:00")).hasMessageStartingWith("zone:");
        assertThatThrownBy(() -> ReconcileSettings.from(Map.of(), "--wait", "-1")).hasMessageStartingWith("--wait:");
        assertThatThrownBy(() -> ReconcileSettings.from(Map.of(), "--frobnicate")).hasMessageContaining("--frobnicate");
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        int code = ReconcileCli.run(Map.of(), print(out), print(err), "--wait", "soon");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--wait: not a number of seconds");
    }

    @Test
    void anUnreachableDatabaseExitsTwoWithTheReasonNotOne() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/crm",
                "CRM_CLICKHOUSE_URL", "jdbc:clickhouse:http://127.0.0.1:" + closedPort);

        int code = ReconcileCli.run(env, print(out), print(err), "--wait", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("reconcile: could not run:").contains("refused");
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
