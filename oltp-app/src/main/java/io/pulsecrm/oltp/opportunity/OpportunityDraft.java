package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new deal as asked for: campaignId null means "the customer's campaign". */
public record OpportunityDraft(String name, BigDecimal amount, long stageId, LocalDate expectedCloseDate,
        long customerId, Long campaignId) {
}
