package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One open deal as the warehouse has it, for a chart's drill-down.
 *
 * @param expectedCloseDate null when the deal has none
 * @param ownerName         the owner's display name from {@code org_user}; null when the owner is not (or no longer) there
 * @param customerId        null when the deal has no customer (or was written before facts carried it)
 * @param updatedAt         the deal's last change in oltp-app
 */
public record OpenDeal(long id, String name, BigDecimal amount, LocalDate expectedCloseDate, long ownerId,
                       String ownerName, Long customerId, Instant updatedAt) {
}
