package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.rows.FollowUpRow;
import java.time.Duration;

/**
 * When one customer's follow-ups occurred (epoch milliseconds), for the 30- and 90-day counts.
 *
 * <p>Only the last 90 days can count, and no evaluation happens before the commit of a change it sees, so a time
 * more than 92 days (90 plus a zone's offset) before the commit of the change being added is dropped: the state stays
 * small however long a customer's history. Removing a dropped time later changes nothing ({@link Tally#minus}).
 */
record FollowUps(Tally times) {

    static final Duration KEPT = Duration.ofDays(92);

    /** What one follow-up adds to its customer: when it occurred and when the change was committed. */
    record Part(long occurredAtMs, long commitMs) {

        static Part of(FollowUpRow followUp) {
            return new Part(followUp.occurredAt().toEpochMilli(), followUp.tsMs());
        }
    }

    static FollowUps none() {
        return new FollowUps(Tally.empty());
    }

    FollowUps plus(Part part) {
        return new FollowUps(times.plus(part.occurredAtMs()).from(part.commitMs() - KEPT.toMillis()));
    }

    FollowUps minus(Part part) {
        return new FollowUps(times.minus(part.occurredAtMs()));
    }
}
