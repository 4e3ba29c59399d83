package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.RepoRoot;
import io.pulsecrm.localstack.process.ChildClasspath;
import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.Procs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs StackCli as ./crm does, in its own JVM, on free ports and a state folder under target/. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackCliIT {

    private static final Path STATE = Path.of("target/it/cli-state").toAbsolutePath();
    private static List<String> portArgs;

    record Run(int exitCode, String out) {}

    @BeforeAll
    static void freePorts() throws IOException {
        stopAndWipe();
        portArgs = List.of("--state-dir", STATE.toString(),
                "--port", "postgres=" + FreePorts.next(), "--port", "kafka=" + FreePorts.next(),
                "--port", "kafka-controller=" + FreePorts.next(), "--port", "clickhouse=" + FreePorts.next());
    }

    @AfterAll
    static void down() throws Exception {
        cli("down", "--state-dir", STATE.toString());
    }

    @Test
    @Order(1)
    void upInfraOnlyStartsTheThreeServersAndExitsZero() throws Exception {
        Run up = cli(concat("up", "--infra-only"));

        assertThat(up.exitCode()).as(up.out()).isZero();
        assertThat(up.out()).containsPattern("postgres +started").containsPattern("kafka +started").containsPattern("clickhouse +started");
    }

    @Test
    @Order(2)
    void serversOutliveTheCliThatStartedThem() throws Exception {
        Run status = cli("status", "--state-dir", STATE.toString());

        assertThat(status.exitCode()).as("services are down, so status says 3").isEqualTo(3);
        assertThat(status.out()).containsPattern("postgres +up").containsPattern("kafka +up").containsPattern("clickhouse +up")
                .containsPattern("oltp-app +down").containsPattern("total +\\d+ MB");
    }

    @Test
    @Order(3)
    void upTwiceLeavesRunningServersAlone() throws Exception {
        long kafkaPid = pidOf("kafka");

        Run again = cli("up", "--infra-only", "--state-dir", STATE.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).containsPattern("postgres +already running").containsPattern("kafka +already running")
                .containsPattern("clickhouse +already running");
        assertThat(pidOf("kafka")).isEqualTo(kafkaPid);
    }

    @Test
    @Order(4)
    void logsNamesEachComponentsLogFile() throws Exception {
        Run logs = cli("logs", "--state-dir", STATE.toString());
        Run kafkaLog = cli("logs", "kafka", "-n", "5", "--state-dir", STATE.toString());
        Run unknown = cli("logs", "zookeeper", "--state-dir", STATE.toString());

        assertThat(logs.out()).contains(STATE.resolve("logs/postgres.log").toString());
        assertThat(kafkaLog.exitCode()).isZero();
        assertThat(kafkaLog.out()).contains("READY port=");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void downStopsEverythingAndKeepsTheData() throws Exception {
        List<Long> pids = List.of(pidOf("postgres"), pidOf("kafka"), pidOf("clickhouse"));

        Run down = cli("down", "--state-dir", STATE.toString());

        assertThat(down.exitCode()).as(down.out()).isZero();
        assertThat(down.out()).containsPattern("postgres +stopped").containsPattern("kafka +stopped");
        assertThat(pids).allSatisfy(pid -> assertThat(Procs.live(pid, null)).as("pid %d", pid).isEmpty());
        assertThat(STATE.resolve("data/postgres/PG_VERSION")).exists();
        assertThat(STATE.resolve("data/kafka/data/meta.properties")).exists();
        assertThat(cli("status", "--state-dir", STATE.toString()).out()).containsPattern("postgres +down").containsPattern("kafka +down");
    }

    @Test
    @Order(6)
    void upWithoutBuiltServicesFailsWithExitTwoAndSaysHowToBuild() throws Exception {
        Path emptyRoot = Path.of("target/it/cli-unbuilt-root").toAbsolutePath();
        Files.createDirectories(emptyRoot.resolve("local-stack"));
        Files.writeString(emptyRoot.resolve("pom.xml"), "<project/>");

        Run up = cli(List.of("-Dcrm.root=" + emptyRoot), List.of("up", "--state-dir", emptyRoot.resolve(".crm").toString()));

        assertThat(up.exitCode()).isEqualTo(2);
        assertThat(up.out()).contains("oltp-app/target/oltp-app.jar").contains("mvn -DskipTests package").contains("--infra-only");
    }

    @Test
    @Order(7)
    void unknownCommandIsAUsageError() throws Exception {
        assertThat(cli("frobnicate").exitCode()).isEqualTo(2);
    }

    private static long pidOf(String component) throws IOException {
        return Long.parseLong(Files.readString(STATE.resolve("run/" + component + ".pid")).trim());
    }

    private static String[] concat(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(portArgs);
        return all.toArray(String[]::new);
    }

    private static Run cli(String... args) throws Exception {
        return cli(List.of("-Dcrm.root=" + RepoRoot.find()), List.of(args));
    }

    private static Run cli(List<String> jvmArgs, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JavaChild.javaBinary().toString(), "-Xmx128m"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", ChildClasspath.forLocalStack(), StackCli.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out);
    }

    private static void stopAndWipe() throws IOException {
        if (Files.exists(STATE)) {
            try {
                cli("down", "--state-dir", STATE.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            try (var paths = Files.walk(STATE)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
