package io.pulsecrm.oltp.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notifications. Reading and marking only ever touch the caller's own rows: another
 * user's notification answers 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    static final String TASK_REMINDER = "TASK_REMINDER";
    static final String TASK_ASSIGNED = "TASK_ASSIGNED";
    static final int COUNT_CAP = io.pulsecrm.oltp.shared.ListQuery.COUNT_CAP;

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;
    private final Clock clock;

    Notifications(JdbcClient jdbc, CurrentViewer viewer, Clock clock) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** The caller's notifications, newest first; only the unread ones if asked. */
    public PageResponse<NotificationRow> list(boolean unreadOnly, int page, int size) {
        String predicate = unreadOnly ? " where user_id = :me and read_at is null" : " where user_id = :me";
        long me = viewer.get().userId();
        long total = jdbc.sql("select count(*) from (select 1 from notification" + predicate + " limit " + COUNT_CAP + ") capped")
                .param("me", me).query(Long.class).single();
        List<NotificationRow> items = jdbc.sql("""
                select id, kind, subject_type, subject_id, message, created_at, read_at from notification
                """ + predicate + " order by created_at desc, id desc limit :limit offset :offset")
                .param("me", me).param("limit", size).param("offset", (long) page * size)
                .query(Notifications::row).list();
        return ListQuery.page(items, page, size, total);
    }

    /** How many of the caller's notifications are unread, up to {@link #COUNT_CAP}. */
    public long unreadCount() {
        return jdbc.sql("select count(*) from (select 1 from notification where user_id = :me and read_at is null limit "
                + COUNT_CAP + ") capped").param("me", viewer.get().userId()).query(Long.class).single();
    }

    /** Marks one of the caller's notifications read; reading it again changes nothing. */
    @Transactional
    public NotificationRow markRead(long id) {
        long me = viewer.get().userId();
        jdbc.sql("update notification set read_at = :now where id = :id and user_id = :me and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("me", me).update();
        return jdbc.sql("select id, kind, subject_type, subject_id, message, created_at, read_at from notification"
                        + " where id = :id and user_id = :me")
                .param("id", id).param("me", me).query(Notifications::row).optional()
                .orElseThrow(() -> new NotificationNotFound(id));
    }

    /** Marks every unread notification of the caller read; answers how many. */
    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notification set read_at = :now where user_id = :me and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("me", viewer.get().userId()).update();
    }

    /** Tells a user that someone else put a task in their schedule. */
    @Transactional(propagation = Propagation.MANDATORY)
    void taskAssigned(long userId, long taskId, String title, String assignedBy) {
        jdbc.sql("""
                insert into notification (user_id, kind, subject_type, subject_id, message, created_at)
                values (:user, :kind, 'TASK', :task, :message, :now)""")
                .param("user", userId).param("kind", TASK_ASSIGNED).param("task", taskId)
                .param("message", "%s 给你安排了任务：%s".formatted(assignedBy, title))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private static NotificationRow row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new NotificationRow(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_type"),
                (Long) rs.getObject("subject_id"), rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
