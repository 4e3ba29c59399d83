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

    @Test
    void secondTestJvmOfTheSameModuleGetsAFolderOfItsOwnAndRemovesItAtExit() throws Exception {
        Path shared = LocalStack.shared().dir();

        String second = runFixtureUser(List.of(), "postgres");

        Path own = shared.resolveSibling(shared.getFileName() + "-" + pidIn(second));
        assertThat(second).contains("clean start done in " + own);
        assertThat(own).doesNotExist();
        assertThat(shared).exists();
    }

    private static String pidIn(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("clean start done in .*-(\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    private String runFixtureUser(String mode) throws Exception {
        return runFixtureUser(List.of("-D" + TestDirs.DIR_PROPERTY + "=" + dir), mode);
    }

    private String runFixtureUser(List<String> properties, String mode) throws Exception {
        String classpath = Path.of("target/test-classes").toAbsolutePath() + File.pathSeparator + ChildClasspath.forLocalStack();
        List<String> command = new java.util.ArrayList<>(List.of(JavaChild.javaBinary().toString(), "-Xmx128m"));
        command.addAll(properties);
        // Leftovers are the embedded servers' concern: containers are removed by Testcontainers' Ryuk.
        command.add("-D" + StackMode.PROPERTY + "=embedded");
        command.addAll(List.of("-D" + RepoRoot.PROPERTY + "=" + RepoRoot.find(), "-cp", classpath, FixtureUser.class.getName(), mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
