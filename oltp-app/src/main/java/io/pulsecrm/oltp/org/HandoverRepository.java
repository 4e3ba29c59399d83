package io.pulsecrm.oltp.org;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one place the organization writes other features' tables: a leaver's records pass to their
 * successor, set-based, in the caller's transaction. Each moved row gets the successor as owner and
 * the successor's department (attribution at event time), a new version (editors holding the old
 * one get 409) and updated_at. Pooled customers have no owner and are not touched; done tasks stay
 * with the leaver as history; follow-ups stay with who wrote them.
 */
@Repository
class HandoverRepository {

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HandoverCounts transfer(long from, long to, long toDepartment, Instant at) {
        Timestamp now = Timestamp.from(at);
        return new HandoverCounts(
                move("lead", "", from, to, toDepartment, now),
                // owned_since restarts: the pool's recycling clock is the new owner's from now on
                move("customer", ", owned_since = :now", from, to, toDepartment, now),
                move("contact", "", from, to, toDepartment, now),
                move("opportunity", "", from, to, toDepartment, now),
                move("contract", "", from, to, toDepartment, now),
                move("payment_plan", "", from, to, toDepartment, now),
                move("receipt", "", from, to, toDepartment, now),
                jdbc.sql("""
                        update task set owner_id = :to, owner_dept_id = :dept, updated_at = :now, version = version + 1
                        where owner_id = :from and not done
                        """).param("to", to).param("dept", toDepartment).param("now", now).param("from", from).update(),
                move("campaign", "", from, to, toDepartment, now));
    }

    /** Table names and the extra assignment are constants of this class, never request values. */
    private int move(String table, String extra, long from, long to, long toDepartment, Timestamp now) {
        return jdbc.sql("update " + table + " set owner_id = :to, owner_dept_id = :dept, updated_at = :now,"
                        + " version = version + 1" + extra + " where owner_id = :from")
                .param("to", to).param("dept", toDepartment).param("now", now).param("from", from).update();
    }
}
