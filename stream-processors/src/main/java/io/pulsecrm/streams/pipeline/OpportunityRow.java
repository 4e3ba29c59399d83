package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;

/**
 * The latest known state of one opportunity. A delete is kept as a marker ({@code deleted = true})
 * with its LSN, so that an older event replayed after the delete cannot bring the row back.
 */
record OpportunityRow(long id, long stageId, BigDecimal amount, String status, long lsn, long tsMs, boolean deleted)
        implements LsnVersioned {

    static OpportunityRow from(ChangeEnvelope event) {
        if (event.isDelete()) {
            return new OpportunityRow(ChangeEnvelope.requireLong(event.before(), "id"), 0, BigDecimal.ZERO, null,
                    event.lsn(), event.tsMs(), true);
        }
        var row = event.after();
        return new OpportunityRow(
                ChangeEnvelope.requireLong(row, "id"),
                ChangeEnvelope.requireLong(row, "stage_id"),
                ChangeEnvelope.requireDecimal(row, "amount"),
                ChangeEnvelope.requireString(row, "status"),
                event.lsn(), event.tsMs(), false);
    }

    /** Only open deals are pipeline; won and lost ones have left it. */
    boolean countsAsOpen() {
        return !deleted && "OPEN".equals(status);
    }

    String stageKey() {
        return Long.toString(stageId);
    }
}
