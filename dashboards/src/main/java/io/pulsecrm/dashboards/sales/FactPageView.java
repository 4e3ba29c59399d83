package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.drilldown.PageParameters;
import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Body of {@code GET /api/v1/drill}: one page of the rows behind a figure.
 *
 * @param totalItems  every such row, not only this page's: the figure's count
 * @param totalAmount their amount: the figure's amount (0 for facts without amounts)
 * @param items       newest day first, then id descending
 */
record FactPageView(String fact, LocalDate from, LocalDate to, int page, int size, long totalItems,
                    BigDecimal totalAmount, List<Item> items) {

    /** @param link the record in oltp-app ({@code /app/<kind>/<id>}); null when there is nothing to open */
    record Item(long id, String title, String category, LocalDate day, BigDecimal amount, Long ownerId,
                String ownerName, String link) {
    }

    static FactPageView of(DrillRequest request, FactRecords records, UnaryOperator<String> oltpUrl) {
        return of(request.fact().name(), request.filters().from(), request.filters().to(), request.paging(), records,
                oltpUrl);
    }

    /** @param from null (with {@code to}) for a figure of all time (a campaign's) */
    static FactPageView of(String fact, LocalDate from, LocalDate to, PageParameters paging, FactRecords records,
            UnaryOperator<String> oltpUrl) {
        return new FactPageView(fact, from, to, paging.page(), paging.size(), records.totals().count(),
                records.totals().amount(), records.items().stream().map(r -> item(r, oltpUrl)).toList());
    }

    private static Item item(FactRecord r, UnaryOperator<String> oltpUrl) {
        String link = r.linkId() == null ? null : oltpUrl.apply("/app/" + r.linkKind() + "/" + r.linkId());
        return new Item(r.id(), r.title(), r.category(), r.day(), r.amount(), r.ownerId(), r.ownerName(), link);
    }
}
