package io.pulsecrm.oltp.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of the form {@code PREFIX-yyyyMMdd-NNNN}, counted per prefix and day (Asia/Shanghai,
 * where the business runs) in document_counter. The counter row is bumped in the caller's
 * transaction: two writers never draw the same number, and a rolled-back one leaves a gap.
 */
@Component
public class DocumentNumbers {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next number of today that {@code taken} does not already know (a hand-typed one may). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, Predicate<String> taken) {
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        String number;
        do {
            int seq = jdbc.sql("""
                    insert into document_counter (prefix, day, last_value) values (:prefix, :day, 1)
                    on conflict (prefix, day) do update set last_value = document_counter.last_value + 1
                    returning last_value
                    """).param("prefix", prefix).param("day", today).query(Integer.class).single();
            number = "%s-%s-%04d".formatted(prefix, today.format(DAY), seq);
        } while (taken.test(number));
        return number;
    }
}
