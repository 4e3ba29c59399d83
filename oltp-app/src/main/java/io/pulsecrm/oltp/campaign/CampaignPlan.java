package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.pulsecrm.oltp.shared.FieldChecks;

/** What a marketer plans for a campaign; {@link #checked} applies the rules a create and an edit share. */
public record CampaignPlan(String name, CampaignChannel channel, BigDecimal budget, LocalDate startDate,
                           LocalDate endDate, String description) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    /** numeric(18, 2): 16 digits before the point. */
    static final BigDecimal MONEY_MAX = new BigDecimal("9999999999999999.99");

    CampaignPlan checked() {
        String text = description == null || description.isBlank() ? null : description.strip();
        new FieldChecks()
                .text(name, "name", NAME_MAX)
                .require(channel != null, "channel", "is required")
                .decimal(budget, "budget", BigDecimal.ZERO, MONEY_MAX, 2)
                .require(startDate != null, "startDate", "is required")
                .require(endDate != null, "endDate", "is required")
                .require(startDate == null || endDate == null || !endDate.isBefore(startDate), "endDate",
                        "must not be before startDate")
                .require(text == null || text.codePointCount(0, text.length()) <= DESCRIPTION_MAX, "description",
                        "must be at most %d characters".formatted(DESCRIPTION_MAX))
                .orThrow(InvalidCampaign::new);
        return new CampaignPlan(name.strip(), channel, budget.setScale(2, RoundingMode.UNNECESSARY), startDate, endDate,
                text);
    }
}
