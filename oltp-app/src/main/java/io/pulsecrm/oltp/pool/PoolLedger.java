package io.pulsecrm.oltp.pool;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves customers between owners and the pool, and records each move twice: a pool_event (the
 * pool's history, which analytics reads) and an operation_log line (the customer's history).
 * Joins the caller's transaction; the caller has locked or conditionally updated the rows.
 */
@Component
class PoolLedger {

    private final JdbcClient jdbc;
    private final OperationLog operations;

    PoolLedger(JdbcClient jdbc, OperationLog operations) {
        this.jdbc = jdbc;
        this.operations = operations;
    }

    /**
     * Puts owned customers into the pool: no owner, unlocked by definition, their team dissolved
     * (nobody shares what nobody owns) and their contacts unowned with them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void pool(List<Long> ids, Instant now) {
        Long[] customers = ids.toArray(Long[]::new);
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                update customer set owner_id = null, owner_dept_id = null, owned_since = null, pool_entered_at = :now,
                    updated_at = :now, version = version + 1
                where id = any(:ids)""").param("ids", customers).param("now", at).update();
        jdbc.sql("delete from record_team_member where entity_type = 'CUSTOMER' and entity_id = any(:ids)")
                .param("ids", customers).update();
        jdbc.sql("""
                update contact set owner_id = null, owner_dept_id = null, updated_at = :now, version = version + 1
                where customer_id = any(:ids)""").param("ids", customers).param("now", at).update();
    }

    /**
     * Gives pooled customers to an owner; only those still in the pool at this instant move
     * (the row lock makes a concurrent claimer wait, then find them owned). Returns the ids moved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> take(List<Long> ids, long ownerId, long deptId, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Long> taken = jdbc.sql("""
                update customer set owner_id = :owner, owner_dept_id = :dept, owned_since = :now, pool_entered_at = null,
                    updated_at = :now, version = version + 1
                where id = any(:ids) and owner_id is null
                returning id""").param("ids", ids.toArray(Long[]::new)).param("owner", ownerId).param("dept", deptId)
                .param("now", at).query(Long.class).list();
        if (!taken.isEmpty()) {
            jdbc.sql("""
                    update contact set owner_id = :owner, owner_dept_id = :dept, updated_at = :now, version = version + 1
                    where customer_id = any(:ids)""").param("ids", taken.toArray(Long[]::new)).param("owner", ownerId)
                    .param("dept", deptId).param("now", at).update();
        }
        return taken;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(List<PoolMove> moves, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (PoolMove move : moves) {
            jdbc.sql("""
                    insert into pool_event (customer_id, kind, from_owner_id, from_owner_dept_id, to_owner_id,
                        to_owner_dept_id, actor_id, reason, occurred_at)
                    values (:customer, :kind, :fromOwner, :fromDept, :toOwner, :toDept, :actor, :reason, :at)""")
                    .param("customer", move.customerId()).param("kind", move.kind().name())
                    .param("fromOwner", move.fromOwnerId()).param("fromDept", move.fromDeptId())
                    .param("toOwner", move.toOwnerId()).param("toDept", move.toDeptId())
                    .param("actor", move.actorId()).param("reason", move.reason()).param("at", at).update();
            operations.recordBy(move.actorId(), "CUSTOMER", move.customerId(), move.kind().action, move.reason(),
                    Changes.none().field("ownerId", move.fromOwnerId(), move.toOwnerId()));
        }
    }
}
