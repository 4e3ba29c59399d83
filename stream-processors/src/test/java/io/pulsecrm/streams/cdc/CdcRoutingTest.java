package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CdcRoutingTest {

    @Test
    void singleIntegerKeyIsItsDecimalForm() {
        assertThat(CdcRouting.key("{\"id\":42}")).isEqualTo("42");
    }

    @Test
    void singleTextKeyIsTheTextAsItIs() {
        assertThat(CdcRouting.key("{\"id\":\"6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f\"}"))
                .isEqualTo("6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f");
    }

    @Test
    void compositeKeyJoinsTheColumnsInKeyFieldOrder() {
        assertThat(CdcRouting.key("{\"user_id\":7,\"role_id\":3}")).isEqualTo("7:3");
        assertThat(CdcRouting.key("{\"role_id\":3,\"user_id\":7}")).as("field order, not name order").isEqualTo("3:7");
    }

    @Test
    void aRecordTeamMembersKeyIsItsThreeKeyColumnsInOrder() {
        assertThat(CdcRouting.key("{\"entity_type\":\"OPPORTUNITY\",\"entity_id\":42,\"user_id\":7}"))
                .isEqualTo("OPPORTUNITY:42:7");
    }

    @Test
    void compositeKeyEscapesTextSoAValueCannotPassForASeparator() {
        assertThat(CdcRouting.key("{\"role_id\":3,\"permission\":\"dashboard:view\"}")).isEqualTo("3:dashboard%3Aview");
        assertThat(CdcRouting.key("{\"a\":\"x%3A\",\"b\":\"y\"}")).isEqualTo("x%253A:y");
        // ("a:b", "c") and ("a", "b:c") must not share a key
        assertThat(CdcRouting.key("{\"a\":\"a:b\",\"b\":\"c\"}"))
                .isNotEqualTo(CdcRouting.key("{\"a\":\"a\",\"b\":\"b:c\"}"));
    }

    @Test
    void theSameRowAlwaysGetsTheSameKey() {
        String key = "{\"role_id\":12,\"department_id\":5}";
        assertThat(CdcRouting.key(key)).isEqualTo(CdcRouting.key(key)).isEqualTo("12:5");
    }

    @Test
    void keysOfOtherTypesOrShapesAreRefused() {
        assertThatThrownBy(() -> CdcRouting.key(null)).hasMessageContaining("without key");
        assertThatThrownBy(() -> CdcRouting.key("{}")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> CdcRouting.key("{\"id\":1.5}")).hasMessageContaining("neither integer nor text");
        assertThatThrownBy(() -> CdcRouting.key("{\"a\":1,\"b\":true}")).hasMessageContaining("neither integer nor text");
    }

    @Test
    void tombstoneTextBecomesANullValue() {
        assertThat(CdcRouting.value("null")).isNull();
        assertThat(CdcRouting.value(null)).isNull();
        assertThat(CdcRouting.value("{\"op\":\"c\"}")).isEqualTo("{\"op\":\"c\"}");
    }

    @Test
    void anIncrementalSnapshotReadGetsThePositionItWasReadAtAsItsLsn() {
        String read = "{\"before\":null,\"after\":{\"id\":1},\"source\":{\"snapshot\":\"incremental\","
                + "\"sequence\":\"[\\\"28603300\\\",\\\"28603352\\\"]\",\"table\":\"customer\",\"txId\":null,"
                + "\"lsn\":null,\"xmin\":null},\"op\":\"r\",\"ts_ms\":1}";

        assertThat(CdcRouting.value(read)).isEqualTo(read.replace("\"lsn\":null", "\"lsn\":28603352"));
    }

    @Test
    void otherEventsKeepTheirLsnAndTheirBytes() {
        String streamed = "{\"after\":{\"id\":1,\"lsn\":null},\"source\":{\"snapshot\":\"false\","
                + "\"sequence\":\"[null,\\\"5\\\"]\",\"lsn\":5},\"op\":\"c\"}";
        String withoutPosition = "{\"source\":{\"snapshot\":\"incremental\",\"sequence\":null,\"lsn\":null},"
                + "\"op\":\"r\"}";

        assertThat(CdcRouting.value(streamed)).isSameAs(streamed);
        assertThat(CdcRouting.value(withoutPosition)).as("left for the consumers to dead-letter").isSameAs(withoutPosition);
    }
}
