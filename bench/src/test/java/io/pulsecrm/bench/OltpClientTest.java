package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OltpClientTest {

    @Test
    void tokenIsReadFromTheLoginAnswer() {
        String answer = "{\"token\":\"eyJ.abc.def\",\"tokenType\":\"Bearer\",\"expiresAt\":\"2025-11-24T08:00:00Z\",\"userId\":1}";

        assertThat(OltpClient.stringField(answer, "token")).isEqualTo("eyJ.abc.def");
    }

    @Test
    void answerWithoutTheFieldSaysWhichIsMissing() {
        assertThatThrownBy(() -> OltpClient.stringField("{\"userId\":1}", "token")).hasMessageContaining("token");
    }

    @Test
    void idOfACreatedResourceIsItsFirstId() {
        assertThat(OltpClient.id("{\"id\": 42,\"stageId\":7}")).isEqualTo(42);
    }
}
