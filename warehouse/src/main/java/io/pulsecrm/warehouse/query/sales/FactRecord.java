package io.pulsecrm.warehouse.query.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row behind a figure, for a drill-down.
 *
 * @param title     the record's name or number, or its customer's name; null when it has none captured
 * @param category  the fact's category (a follow-up's or pool move's kind), null for facts without one
 * @param ownerId   null for a pooled customer
 * @param ownerName from {@code org_user}; null when the owner is not there
 * @param linkKind  oltp-app's client route for the record ({@code customers}, {@code opportunities}, …)
 * @param linkId    the id in that route; null when there is nothing to link to
 */
public record FactRecord(long id, String title, String category, LocalDate day, BigDecimal amount, Long ownerId,
                         String ownerName, String linkKind, Long linkId) {
}
