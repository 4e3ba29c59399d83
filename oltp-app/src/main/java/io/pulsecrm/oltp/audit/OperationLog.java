package io.pulsecrm.oltp.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.identity.CurrentViewer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the operation log. Writing joins the caller's transaction (mandatory): a log
 * line exists exactly when its change was committed. Reading does not check scope: the feature
 * that owns the record checks that the caller may see it first.
 */
@Component
public class OperationLog {

    private static final TypeReference<Map<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;
    private final ObjectMapper json;
    private final Clock clock;

    OperationLog(JdbcClient jdbc, CurrentViewer viewer, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.json = json;
        this.clock = clock;
    }

    /** Records an action of the current viewer on a record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, long entityId, String action, String summary, Changes changes) {
        recordBy(viewer.get().userId(), entityType, entityId, action, summary, changes);
    }

    /** Records an action of the system (recycling, reminders) or of a named actor; null: the system. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBy(Long actorId, String entityType, long entityId, String action, String summary, Changes changes) {
        jdbc.sql("""
                insert into operation_log (entity_type, entity_id, action, actor_id, occurred_at, summary, changes)
                values (:type, :id, :action, :actor, :at, :summary, cast(:changes as jsonb))
                """)
                .param("type", entityType).param("id", entityId).param("action", action).param("actor", actorId)
                .param("at", Timestamp.from(clock.instant()))
                .param("summary", summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500))
                .param("changes", changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes.asMap()))
                .update();
    }

    /** The record's history, newest first. */
    public List<LogEntry> history(String entityType, long entityId) {
        return jdbc.sql("""
                select l.id, l.action, l.actor_id, u.display_name, l.occurred_at, l.summary, l.changes::text as changes
                from operation_log l left join app_user u on u.id = l.actor_id
                where l.entity_type = :type and l.entity_id = :id
                order by l.occurred_at desc, l.id desc limit 500
                """).param("type", entityType).param("id", entityId)
                .query((rs, n) -> new LogEntry(rs.getLong("id"), rs.getString("action"), (Long) rs.getObject("actor_id"),
                        rs.getString("display_name"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary"),
                        rs.getString("changes") == null ? Map.of() : json.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }
}
