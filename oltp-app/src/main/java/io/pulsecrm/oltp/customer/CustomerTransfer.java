package io.pulsecrm.oltp.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands customers to another owner (转移), all or nothing: every customer must be one the caller
 * manages (owner in scope), else 404 (cannot see it) or 403 (team member only) and nothing moves.
 * Rows are locked first, so a concurrent claim, recycle or transfer waits or is waited for.
 */
@Service
public class CustomerTransfer {

    private static final Logger log = LoggerFactory.getLogger(CustomerTransfer.class);

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Owners owners;
    private final OperationLog operations;
    private final Clock clock;

    CustomerTransfer(JdbcClient jdbc, CurrentViewer viewer, RecordAccess access, Owners owners,
            OperationLog operations, Clock clock) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.access = access;
        this.owners = owners;
        this.operations = operations;
        this.clock = clock;
    }

    /** How many records of each kind changed owner. */
    public record Result(int customers, int contacts, int opportunities, int contracts) {
    }

    @Transactional
    public Result transfer(List<Long> ids, long newOwnerId, TransferOptions options) {
        Viewer me = viewer.get();
        Owner to = owners.assignable(me, "ownerId", newOwnerId);
        Map<Long, Long> ownerOf = lockAndCheck(me, new LinkedHashSet<>(ids));
        TransferPlan plan = new TransferPlan(options, to.userId());
        Timestamp now = Timestamp.from(clock.instant());
        Map<TransferPlan.Related, Integer> moved = new HashMap<>();
        int customers = 0;
        for (var entry : ownerOf.entrySet()) {
            long customerId = entry.getKey();
            long previous = entry.getValue();
            if (!plan.moves(previous)) {
                continue;
            }
            jdbc.sql("""
                    update customer set owner_id = :to, owner_dept_id = :dept, owned_since = :now, updated_at = :now,
                        version = version + 1
                    where id = :id""").param("to", to.userId()).param("dept", to.departmentId()).param("now", now)
                    .param("id", customerId).update();
            operations.record(CustomerService.ENTITY, customerId, "TRANSFER", "to user " + to.userId(),
                    Changes.none().field("ownerId", previous, to.userId()));
            customers++;
            for (TransferPlan.Related related : plan.related()) {
                List<Long> movedIds = moveRelated(related, customerId, previous, to, now);
                moved.merge(related, movedIds.size(), Integer::sum);
                share(related.team, movedIds, previous, to.userId(), plan, now);
            }
            share(TeamEntity.CUSTOMER, List.of(customerId), previous, to.userId(), plan, now);
        }
        log.info("{} customer(s) transferred to user {}", customers, to.userId());
        return new Result(customers, moved.getOrDefault(TransferPlan.Related.CONTACTS, 0),
                moved.getOrDefault(TransferPlan.Related.OPPORTUNITIES, 0),
                moved.getOrDefault(TransferPlan.Related.CONTRACTS, 0));
    }

    /** Locks the customers and maps each to its owner; refuses the whole transfer on the first it may not move. */
    private Map<Long, Long> lockAndCheck(Viewer me, Set<Long> ids) {
        Map<Long, Long> owner = new HashMap<>();
        jdbc.sql("select id, owner_id from customer where id = any(:ids) order by id for update")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    owner.put(rs.getLong("id"), (Long) rs.getObject("owner_id"));
                });
        Map<Long, Long> ordered = new java.util.LinkedHashMap<>();
        for (long id : ids) {
            if (!owner.containsKey(id)) {
                throw new CustomerNotFound(id);
            }
            Long current = owner.get(id);
            if (!me.sees(current)) {
                if (current != null && access.canRead(me, TeamEntity.CUSTOMER, id, current)) {
                    throw new PermissionDenied("customer:transfer");
                }
                throw new CustomerNotFound(id);
            }
            if (current == null) {
                throw CustomerConflict.inPool(id);
            }
            ordered.put(id, current);
        }
        return ordered;
    }

    private List<Long> moveRelated(TransferPlan.Related related, long customerId, long previous, Owner to,
            Timestamp now) {
        // table names come from the enum, never from input
        String onlyPrevious = TransferPlan.onlyPreviousOwners(related) ? " and owner_id = :previous" : "";
        List<Long> ids = jdbc.sql("""
                update %s set owner_id = :to, owner_dept_id = :dept, updated_at = :now, version = version + 1
                where customer_id = :customer%s and owner_id is distinct from :to
                returning id""".formatted(related.table, onlyPrevious))
                .param("to", to.userId()).param("dept", to.departmentId()).param("now", now)
                .param("customer", customerId).param("previous", previous)
                .query(Long.class).list();
        for (long id : ids) {
            operations.record(related.logEntity, id, "TRANSFER", "with customer " + customerId,
                    Changes.none().field("ownerId", previous, to.userId()));
        }
        return ids;
    }

    /** The new owner leaves the team (owners are not members); the previous one joins it if asked to. */
    private void share(TeamEntity team, List<Long> recordIds, long previous, long newOwner, TransferPlan plan,
            Timestamp now) {
        if (team == TeamEntity.NONE || recordIds.isEmpty()) {
            return;
        }
        Long[] records = recordIds.toArray(Long[]::new);
        jdbc.sql("delete from record_team_member where entity_type = :type and entity_id = any(:ids) and user_id = :u")
                .param("type", team.name()).param("ids", records).param("u", newOwner).update();
        plan.previousOwnerKeeps(previous).ifPresent(keeps -> jdbc.sql("""
                insert into record_team_member (entity_type, entity_id, user_id, access, added_by, added_at)
                select :type, r, :u, :access, :by, :now from unnest(:ids) as r
                on conflict (entity_type, entity_id, user_id) do update set access = excluded.access
                """).param("type", team.name()).param("ids", records).param("u", previous)
                .param("access", keeps.name()).param("by", viewer.get().userId()).param("now", now).update());
    }
}
