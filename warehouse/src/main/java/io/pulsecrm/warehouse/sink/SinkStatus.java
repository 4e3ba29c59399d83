package io.pulsecrm.warehouse.sink;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the sink has done so far, read by {@code GET /health}; written by the consumer thread. */
public final class SinkStatus {

    public enum State { STARTING, RUNNING, RETRYING, STOPPED, FAILED }

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private volatile boolean migrated;
    private volatile boolean assigned;
    private final AtomicLong rowsWritten = new AtomicLong();
    private final AtomicLong batchesWritten = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile Instant lastBatchAt;
    private volatile String lastError;

    /** The schema is up to date (done by the service at start, or by whoever embeds the sink). */
    public void markMigrated() {
        migrated = true;
    }

    void assigned(boolean anyPartition) {
        assigned = anyPartition;
    }

    void running() {
        state.set(State.RUNNING);
        lastError = null;
    }

    void retrying(String error) {
        state.set(State.RETRYING);
        lastError = error;
    }

    void stopped() {
        state.set(State.STOPPED);
    }

    void failed(String error) {
        state.set(State.FAILED);
        lastError = error;
    }

    void batchesWritten(int batches, long rows, Instant at) {
        batchesWritten.addAndGet(batches);
        rowsWritten.addAndGet(rows);
        lastBatchAt = at;
    }

    void deadLettered() {
        deadLettered.incrementAndGet();
    }

    /** Ready once the schema is migrated and the consumer owns partitions, until it stops. */
    public boolean ready() {
        State s = state.get();
        return migrated && assigned && (s == State.RUNNING || s == State.RETRYING);
    }

    public State state() {
        return state.get();
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    public Instant lastBatchAt() {
        return lastBatchAt;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", ready() ? (state.get() == State.RETRYING ? "DEGRADED" : "UP") : state.get().name());
        json.put("state", state.get().name());
        json.put("migrationsApplied", migrated);
        json.put("partitionsAssigned", assigned);
        json.put("rowsWritten", rowsWritten.get());
        json.put("batchesWritten", batchesWritten.get());
        json.put("dlqCount", deadLettered.get());
        json.put("lastBatchAt", lastBatchAt == null ? null : lastBatchAt.toString());
        json.put("lastError", lastError);
        return json;
    }
}
