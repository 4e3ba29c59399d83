package io.pulsecrm.oltp.opportunity;

import java.time.Instant;

/** An opportunity left one stage for another. */
public record StageMoved(long opportunityId, long fromStageId, long toStageId, Instant movedAt) {
}
