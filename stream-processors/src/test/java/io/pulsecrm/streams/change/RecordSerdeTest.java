package io.pulsecrm.streams.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class RecordSerdeTest {

    record Inner(String name, BigDecimal amount) {}

    record Everything(long id, int seq, boolean deleted, double ratio, Long ownerId, Integer position, Boolean locked,
            String text, BigDecimal money, Instant at, LocalDate on, List<Long> campaigns, Inner inner,
            List<Inner> inners) {}

    record WithCollections(Map<Long, Inner> byId, Set<String> kinds, List<Long> withNull) {}

    record WithObject(Object anything) {}

    private final Serde<Everything> serde = RecordSerde.of(Everything.class);

    @Test
    void everySupportedComponentSurvivesTheRoundTripExactly() {
        var value = new Everything(-7, 3, true, 0.25, 42L, -1, false, "上海华信 – ünïcode", new BigDecimal("-1234567.89"),
                Instant.parse("2026-11-24T05:14:26.123456Z"), LocalDate.of(1969, 12, 31), List.of(3L, 1L),
                new Inner("a", new BigDecimal("0.10")), List.of(new Inner("b", BigDecimal.ZERO), new Inner(null, null)));

        Everything back = roundTrip(value);

        assertThat(back).isEqualTo(value);
        assertThat(back.money().scale()).isEqualTo(2);
        assertThat(back.inner().amount().toPlainString()).isEqualTo("0.10");
    }

    @Test
    void nullsStayNull() {
        var value = new Everything(1, 0, false, 0, null, null, null, null, null, null, null, null, null, null);

        assertThat(roundTrip(value)).isEqualTo(value);
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void bytesOfAnotherFormatFailLoudlyInsteadOfBeingMisread() {
        byte[] json = "{\"id\":1}".getBytes();

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", json)).isInstanceOf(SerializationException.class);
    }

    @Test
    void mapsSetsAndListsKeepTheirOrderAndNullsAndStayMutable() {
        var byId = new TreeMap<Long, Inner>(Map.of(3L, new Inner("c", BigDecimal.ONE), 1L, new Inner("a", null)));
        var withNull = new ArrayList<Long>();
        withNull.add(2L);
        withNull.add(null);
        var serde = RecordSerde.of(WithCollections.class);
        var value = new WithCollections(byId, new LinkedHashSet<>(List.of("b", "a")), withNull);

        WithCollections back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));

        assertThat(back).isEqualTo(value);
        assertThat(back.byId().keySet()).containsExactly(1L, 3L);
        assertThat(back.kinds()).containsExactly("b", "a");
        back.withNull().add(5L);
    }

    @Test
    void aComponentTypeItCannotStoreIsRefusedWhenTheSerdeIsMade() {
        assertThatThrownBy(() -> RecordSerde.of(WithObject.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }

    private Everything roundTrip(Everything value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }
}
