package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;

/** The latest known state of one opportunity stage; a delete is a marker, as for {@link OpportunityRow}. */
record StageRow(long id, BigDecimal winRate, long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    static StageRow from(ChangeEnvelope event) {
        if (event.isDelete()) {
            return new StageRow(ChangeEnvelope.requireLong(event.before(), "id"), BigDecimal.ZERO, event.lsn(),
                    event.tsMs(), true);
        }
        var row = event.after();
        return new StageRow(
                ChangeEnvelope.requireLong(row, "id"),
                ChangeEnvelope.requireDecimal(row, "win_rate"),
                event.lsn(), event.tsMs(), false);
    }
}
