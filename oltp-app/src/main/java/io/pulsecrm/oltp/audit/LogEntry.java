package io.pulsecrm.oltp.audit;

import java.time.Instant;
import java.util.Map;

/** One line of a record's history. */
public record LogEntry(long id, String action, Long actorId, String actorName, Instant occurredAt, String summary,
                       Map<String, Map<String, Object>> changes) {
}
