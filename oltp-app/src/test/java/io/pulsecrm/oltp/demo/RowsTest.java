package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void writesCopyTextFormatWithNullsAndEscapes() {
        Rows rows = new Rows();
        rows.num(7).text("a\tb\\c\nd\re").text(null).ref(0).ref(42).bool(true).end();
        rows.money(12_345).money(5).percent(1_250).end();

        assertThat(rows.pendingRows()).isEqualTo(2);
        assertThat(rows.drain()).isEqualTo("7\ta\\tb\\\\c\\nd\\re\t\\N\t\\N\t42\tt\n123.45\t0.05\t12.50\n");
        assertThat(rows.pendingRows()).isZero();
        assertThat(rows.pendingChars()).isZero();
    }

    @Test
    void writesTimestampsInUtcAndDates() {
        Rows rows = new Rows();
        rows.ts(Instant.parse("2026-11-22T17:05:09Z").getEpochSecond()).ts(0)
                .date(LocalDate.of(2025, 1, 29).toEpochDay()).date(0).end();

        assertThat(rows.drain()).isEqualTo("2026-11-22 17:05:09+00\t\\N\t2025-01-29\t\\N\n");
    }
}
