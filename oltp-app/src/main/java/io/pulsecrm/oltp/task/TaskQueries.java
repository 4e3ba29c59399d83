package io.pulsecrm.oltp.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one user's tasks by view. Open views walk {@code ix_task_owner_open (owner_id, due_at)},
 * the done view {@code ix_task_owner_done}; totals are counted up to {@link #COUNT_CAP}.
 */
@Component
class TaskQueries {

    /** totalItems stops here: 10,001 means "more than 10,000". */
    static final int COUNT_CAP = 10_001;

    private static final String COLUMNS = """
            select t.id, t.title, t.description, t.priority, t.due_at, t.remind_at, t.reminded_at, t.done, t.done_at,
                   t.subject_type, t.subject_id, t.follow_up_id, t.owner_id, u.display_name as owner_name,
                   t.created_by, t.created_at, t.updated_at, t.version
            from task t join app_user u on u.id = t.owner_id
            """;

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskRow> find(long id, Instant now, ZoneId zone) {
        return jdbc.sql(COLUMNS + " where t.id = :id").param("id", id).query((rs, n) -> row(rs, now, zone)).optional();
    }

    PageResponse<TaskRow> view(long ownerId, TaskView view, Instant now, ZoneId zone, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("owner", ownerId);
        String predicate;
        String order;
        if (view == TaskView.DONE) {
            predicate = " where t.owner_id = :owner and t.done";
            order = " order by t.done_at desc, t.id desc";
        } else {
            TaskView.Window window = view.window(now, zone);
            predicate = switch (view) {
                case INBOX -> " where t.owner_id = :owner and not t.done and (t.due_at is null or t.due_at < :to)";
                case LATER -> " where t.owner_id = :owner and not t.done and t.due_at >= :from";
                default -> " where t.owner_id = :owner and not t.done and t.due_at >= :from and t.due_at < :to";
            };
            // overdue first (oldest due first), then the undated ones
            order = " order by t.due_at asc nulls last, t.id asc";
            if (window.from() != null) {
                params.put("from", Timestamp.from(window.from()));
            }
            if (window.to() != null) {
                params.put("to", Timestamp.from(window.to()));
            }
        }
        long total = jdbc.sql("select count(*) from (select 1 from task t" + predicate + " limit " + COUNT_CAP + ") capped")
                .params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<TaskRow> items = jdbc.sql(COLUMNS + predicate + order + " limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs, now, zone)).list();
        return ListQuery.page(items, page, size, total);
    }

    private static TaskRow row(ResultSet rs, Instant now, ZoneId zone) throws SQLException {
        String subjectType = rs.getString("subject_type");
        boolean done = rs.getBoolean("done");
        Instant due = instant(rs, "due_at");
        return new TaskRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                TaskPriority.valueOf(rs.getString("priority")), due, instant(rs, "remind_at"),
                instant(rs, "reminded_at"), done, instant(rs, "done_at"),
                subjectType == null ? null : SubjectType.valueOf(subjectType), (Long) rs.getObject("subject_id"),
                (Long) rs.getObject("follow_up_id"), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getLong("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"),
                done ? TaskView.DONE : TaskView.of(due, now, zone));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
