package io.pulsecrm.oltp.receivable;

import java.time.Clock;
import java.time.LocalDate;

import io.pulsecrm.oltp.contract.DocumentNumbers;

import org.springframework.stereotype.Component;

/** Today as the business counts it: the calendar day in Asia/Shanghai, whatever the server's zone. */
@Component
public class BusinessDay {

    private final Clock clock;

    BusinessDay(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DocumentNumbers.BUSINESS_ZONE));
    }
}
