package io.pulsecrm.localstack;

import io.pulsecrm.localstack.postgres.PostgresServer;
import io.pulsecrm.localstack.process.ChildClasspath;
import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoversIT {

    private final Path dir = Path.of("target/it/crashed-stack").toAbsolutePath();

    @Test
    void nextTestJvmStopsWhatACrashedOneLeftRunningInTheSameFolder() throws Exception {
        String crashed = runFixtureUser("crash");
        assertThat(crashed).contains("started, crashing");
        long postmaster = PostgresServer.running(dir.resolve("postgres")).orElseThrow().pid();
        long clickhouse = new PidFile(dir.resolve("run/clickhouse.pid")).read().orElseThrow();
        assertThat(Procs.live(clickhouse, null)).as("the endpoint survived the crash").isPresent();

        String next = runFixtureUser("clean");

        assertThat(next).contains("clean start done");
        assertThat(Procs.live(postmaster, null)).as("leftover postmaster").isEmpty();
        assertThat(Procs.live(clickhouse, null)).as("leftover ClickHouse endpoint").isEmpty();
        assertThat(dir.resolve("postgres")).as("leftover data is wiped").doesNotExist();
    }

    private String runFixtureUser(String mode) throws Exception {
        String classpath = Path.of("target/test-classes").toAbsolutePath() + File.pathSeparator + ChildClasspath.forLocalStack();
        Process process = new ProcessBuilder(List.of(JavaChild.javaBinary().toString(), "-Xmx128m",
                "-D" + TestDirs.DIR_PROPERTY + "=" + dir, "-D" + RepoRoot.PROPERTY + "=" + RepoRoot.find(),
                "-cp", classpath, FixtureUser.class.getName(), mode))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
