package io.pulsecrm.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule is evaluated on: one customer's features, the same columns as ClickHouse's
 * {@code customer_features}. A text that is null or empty is "not set", as is a null
 * {@code lastReceiptOn} (no receipt) or {@code receivedTotal}. The follow-up counts are those as of
 * the evaluation date. {@code campaigns} is kept sorted and without repeats; null means none.
 */
public record CustomerFeatures(long customerId, Long ownerId, Long ownerDeptId, String industry, String region,
                               String level, String source, String lifecycleStage, LocalDate lastReceiptOn,
                               int contractCount, BigDecimal receivedTotal, int followUps30d, int followUps90d,
                               List<Long> campaigns) {

    public CustomerFeatures {
        campaigns = campaigns == null ? List.of() : campaigns.stream().distinct().sorted().toList();
    }

    public int campaignCount() {
        return campaigns.size();
    }
}
