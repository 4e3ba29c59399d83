package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of the open deals of a stage that a data scope covers.
 *
 * @param totalItems  all such deals, not only this page's: the stage's open count in the same scope
 * @param totalAmount their amount: the stage's open amount in the same scope
 * @param deals       this page, by amount descending, then id descending
 */
public record StageDeals(long stageId, String stageName, long totalItems, BigDecimal totalAmount, List<OpenDeal> deals) {

    public StageDeals {
        deals = List.copyOf(deals);
    }
}
