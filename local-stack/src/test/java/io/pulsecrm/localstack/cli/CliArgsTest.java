package io.pulsecrm.localstack.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CliArgsTest {

    @Test
    void optionsMayFollowTheCommandInAnyOrder() {
        CliArgs args = CliArgs.parse(new String[]{"up", "--port", "oltp-app=9080", "--infra-only", "--state-dir", "/tmp/s"});

        assertThat(args.command()).isEqualTo("up");
        assertThat(args.infraOnly()).isTrue();
        assertThat(args.stateDir()).isEqualTo(Path.of("/tmp/s"));
        assertThat(args.ports()).containsEntry("oltp-app", 9080);
    }

    @Test
    void logsTakesComponentNamesAndALineCount() {
        CliArgs args = CliArgs.parse(new String[]{"logs", "kafka", "-n", "20"});

        assertThat(args.names()).containsExactly("kafka");
        assertThat(args.lines()).isEqualTo(20);
    }

    @Test
    void portOfAnUnknownComponentIsRejected() {
        assertThatThrownBy(() -> CliArgs.parse(new String[]{"up", "--port", "zookeeper=2181"}))
                .hasMessageContaining("name one of");
    }

    @Test
    void unknownOptionIsRejected() {
        assertThatThrownBy(() -> CliArgs.parse(new String[]{"down", "--force"})).hasMessageContaining("--force");
    }
}
