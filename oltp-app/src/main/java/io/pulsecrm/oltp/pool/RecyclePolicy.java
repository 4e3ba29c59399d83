package io.pulsecrm.oltp.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an owned customer falls back into the pool, and when its owner is warned; pure, so the
 * recycler's SQL and these rules can be checked against each other with a fixed clock.
 *
 * <ul>
 * <li>No follow-up: due {@code daysWithoutFollowUp} days after the later of the last follow-up and
 *     the day the owner took it — a customer just claimed is not recycled for its previous owner's
 *     silence.</li>
 * <li>No deal: due {@code daysWithoutDeal} days after the owner took it, unless it ever dealt.</li>
 * <li>Locked customers, and every customer while the rules are disabled, are never due.</li>
 * </ul>
 * The earlier rule wins. The warning goes out {@code warnDaysBefore} days before the due time.
 */
final class RecyclePolicy {

    enum Reason {
        NO_FOLLOW_UP, NO_DEAL
    }

    record Due(Instant at, Reason reason) {
    }

    private final PoolRule rule;

    RecyclePolicy(PoolRule rule) {
        this.rule = rule;
    }

    Optional<Due> dueOf(RecycleFacts facts) {
        if (!rule.enabled() || facts.locked() || facts.ownedSince() == null) {
            return Optional.empty();
        }
        Optional<Due> silent = Optional.ofNullable(rule.daysWithoutFollowUp()).map(days -> new Due(
                later(facts.lastFollowUpAt(), facts.ownedSince()).plus(Duration.ofDays(days)), Reason.NO_FOLLOW_UP));
        Optional<Due> dealless = Optional.ofNullable(rule.daysWithoutDeal()).filter(days -> !facts.dealt())
                .map(days -> new Due(facts.ownedSince().plus(Duration.ofDays(days)), Reason.NO_DEAL));
        return Stream.of(silent, dealless).flatMap(Optional::stream)
                .min((a, b) -> a.at().compareTo(b.at()));
    }

    boolean isDue(RecycleFacts facts, Instant now) {
        return dueOf(facts).map(due -> !due.at().isAfter(now)).orElse(false);
    }

    /** When the owner should hear that the customer is due (before it is recycled). */
    Optional<Instant> warnAt(RecycleFacts facts) {
        return dueOf(facts).map(due -> due.at().minus(Duration.ofDays(rule.warnDaysBefore())));
    }

    /** Warn from the warning time until the customer is recycled. */
    boolean shouldWarn(RecycleFacts facts, Instant now) {
        return dueOf(facts).map(due -> !due.at().minus(Duration.ofDays(rule.warnDaysBefore())).isAfter(now)
                && due.at().isAfter(now)).orElse(false);
    }

    /** Customers whose follow-up clock started before this are due at {@code now} (null: rule off). */
    Instant followUpCutoff(Instant now) {
        return rule.daysWithoutFollowUp() == null ? null : now.minus(Duration.ofDays(rule.daysWithoutFollowUp()));
    }

    /** Customers owned without a deal since before this are due at {@code now} (null: rule off). */
    Instant dealCutoff(Instant now) {
        return rule.daysWithoutDeal() == null ? null : now.minus(Duration.ofDays(rule.daysWithoutDeal()));
    }

    /** The reason as the pool history and the operation log say it. */
    String describe(Reason reason) {
        return switch (reason) {
            case NO_FOLLOW_UP -> "no follow-up for %d days".formatted(rule.daysWithoutFollowUp());
            case NO_DEAL -> "no deal for %d days".formatted(rule.daysWithoutDeal());
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }
}
