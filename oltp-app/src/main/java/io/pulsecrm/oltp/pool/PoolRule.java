package io.pulsecrm.oltp.pool;

import java.time.Instant;

/**
 * The public pool's rules (公海规则), one row for the company.
 *
 * @param enabled              false: nothing is recycled and nobody is warned (claim limits still hold)
 * @param daysWithoutFollowUp  recycle an owned customer after this many days without a follow-up (null: never)
 * @param daysWithoutDeal      ... or after this many days owned without a deal (null: never)
 * @param warnDaysBefore       warn the owner this many days before the customer is due
 * @param claimLimit           a rep may own at most this many customers after claiming (null: no limit)
 */
public record PoolRule(boolean enabled, Integer daysWithoutFollowUp, Integer daysWithoutDeal, int warnDaysBefore,
                       Integer claimLimit, Instant updatedAt, int version) {

    /** Whether any rule could recycle anything. */
    boolean recycles() {
        return enabled && (daysWithoutFollowUp != null || daysWithoutDeal != null);
    }
}
