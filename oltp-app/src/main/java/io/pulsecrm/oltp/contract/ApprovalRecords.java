package io.pulsecrm.oltp.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads approval_record rows of contracts. */
@Component
class ApprovalRecords {

    private final JdbcClient jdbc;

    ApprovalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long contractId, int step, long approverId, String decision, String comment, Instant at) {
        jdbc.sql("""
                insert into approval_record (subject_type, subject_id, step, approver_id, decision, comment, decided_at)
                values ('CONTRACT', :contract, :step, :approver, :decision, :comment, :at)
                """).param("contract", contractId).param("step", step).param("approver", approverId)
                .param("decision", decision).param("comment", comment).param("at", Timestamp.from(at)).update();
    }

    List<ApprovalRecord> of(long contractId) {
        return jdbc.sql("""
                select r.id, r.step, r.approver_id, u.display_name as approver_name, r.decision, r.comment, r.decided_at
                from approval_record r join app_user u on u.id = r.approver_id
                where r.subject_type = 'CONTRACT' and r.subject_id = :contract
                order by r.decided_at, r.id
                """).param("contract", contractId)
                .query((rs, n) -> new ApprovalRecord(rs.getLong("id"), rs.getInt("step"), rs.getLong("approver_id"),
                        rs.getString("approver_name"), rs.getString("decision"), rs.getString("comment"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    void deleteOf(long contractId) {
        jdbc.sql("delete from approval_record where subject_type = 'CONTRACT' and subject_id = :contract")
                .param("contract", contractId).update();
    }
}
