package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.warehouse.query.OpenDeal;
import io.pulsecrm.warehouse.query.StageDeals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Body of {@code GET /api/v1/charts/pipeline/deals}: one page of a stage's open deals in the viewer's scope.
 *
 * @param totalItems  every such deal, not only this page's: the stage's open count in the viewer's chart
 * @param totalAmount their amount: the stage's open amount in the viewer's chart
 * @param items       by amount descending, then id descending
 */
record DealPageView(long stageId, String stageName, int page, int size, long totalItems, BigDecimal totalAmount,
                    List<Item> items) {

    /** @param link the deal's page in oltp-app, where the viewer's own rights there decide what they may do */
    record Item(long id, String name, BigDecimal amount, LocalDate expectedCloseDate, long ownerId, String ownerName,
                Long customerId, Instant updatedAt, String link) {
    }

    static DealPageView of(StageDeals deals, DealPageRequest request, LongFunction<String> linkOfDeal) {
        return new DealPageView(deals.stageId(), deals.stageName(), request.page(), request.size(), deals.totalItems(),
                deals.totalAmount(), deals.deals().stream().map(deal -> item(deal, linkOfDeal)).toList());
    }

    private static Item item(OpenDeal deal, LongFunction<String> linkOfDeal) {
        return new Item(deal.id(), deal.name(), deal.amount(), deal.expectedCloseDate(), deal.ownerId(),
                deal.ownerName(), deal.customerId(), deal.updatedAt(), linkOfDeal.apply(deal.id()));
    }
}
