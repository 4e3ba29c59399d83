package io.pulsecrm.oltp.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.pulsecrm.oltp.customer.Customer;
import io.pulsecrm.oltp.customer.CustomerFilter;
import io.pulsecrm.oltp.customer.CustomerNotFound;
import io.pulsecrm.oltp.customer.CustomerQueries;
import io.pulsecrm.oltp.customer.CustomerRow;
import io.pulsecrm.oltp.customer.CustomerService;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with the public pool (公海): browse it, claim (领取) and assign (分配) customers out
 * of it — all or nothing, one winner when two race for a customer — and release (放弃) their own
 * customers into it.
 */
@Service
@Transactional(readOnly = true)
public class PoolService {

    private static final Logger log = LoggerFactory.getLogger(PoolService.class);
    /** Namespace of the per-rep advisory lock that serialises one rep's claims (the limit counts them). */
    private static final int CLAIM_LOCK = 0x706f_6f6c;

    private final CustomerQueries queries;
    private final CustomerService customers;
    private final PoolRules rules;
    private final PoolLedger ledger;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final JdbcClient jdbc;
    private final Clock clock;

    PoolService(CustomerQueries queries, CustomerService customers, PoolRules rules, PoolLedger ledger,
            CurrentViewer viewer, Owners owners, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.customers = customers;
        this.rules = rules;
        this.ledger = ledger;
        this.viewer = viewer;
        this.owners = owners;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every pooled customer: the pool is shared by everyone who may browse it. */
    public PageResponse<CustomerRow> list(CustomerFilter filter, int page, int size) {
        return queries.pooled(filter, page, size);
    }

    public Customer get(long id) {
        return customers.pooled(id);
    }

    /** The caller takes the customers, within the claim limit; refused whole if any is gone. */
    @Transactional
    public int claim(List<Long> ids) {
        Viewer me = viewer.get();
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        jdbc.sql("select 1 from pg_advisory_xact_lock(:ns, :rep)").param("ns", CLAIM_LOCK)
                .param("rep", (int) (me.userId() % Integer.MAX_VALUE)).query(Integer.class).single();
        long owned = jdbc.sql("select count(*) from customer where owner_id = :me").param("me", me.userId())
                .query(Long.class).single();
        ClaimLimit.check(rules.current().claimLimit(), owned, wanted.size());
        return move(wanted, owners.self(me), PoolMove.Kind.CLAIM, null);
    }

    /** A manager hands pooled customers to someone in their scope. */
    @Transactional
    public int assign(List<Long> ids, long ownerId) {
        Owner to = owners.assignable(viewer.get(), "ownerId", ownerId);
        return move(List.copyOf(new LinkedHashSet<>(ids)), to, PoolMove.Kind.ASSIGN, null);
    }

    /** The owner (or whoever has the owner in scope) gives the customer up to the pool. */
    @Transactional
    public void release(long id, int version, String reason) {
        Viewer me = viewer.get();
        // locked first: a recycle, claim or transfer of the same customer waits for this release
        jdbc.sql("select id from customer where id = :id for update").param("id", id).query(Long.class).optional();
        Customer customer = customers.get(id);
        if (customer.isPooled()) {
            throw PoolConflict.notInPool(List.of(id));
        }
        if (!me.sees(customer.getOwnerId())) {
            throw new PermissionDenied("customer:edit");
        }
        StaleVersion.check("customer", id, version, customer.getVersion());
        if (customer.isLocked()) {
            throw PoolConflict.locked(id);
        }
        Instant now = clock.instant();
        ledger.pool(List.of(id), now);
        ledger.record(List.of(new PoolMove(id, PoolMove.Kind.RELEASE, customer.getOwnerId(), customer.getOwnerDeptId(),
                null, null, me.userId(), reason == null || reason.isBlank() ? "released by the owner" : reason.strip())),
                now);
        log.info("Customer {} released to the pool by user {}", id, me.userId());
    }

    private int move(List<Long> ids, Owner to, PoolMove.Kind kind, String reason) {
        Instant now = clock.instant();
        List<Long> taken = ledger.take(ids, to.userId(), to.departmentId(), now);
        if (taken.size() != ids.size()) {
            List<Long> missing = new ArrayList<>(ids);
            missing.removeAll(taken);
            List<Long> absent = jdbc.sql("select id from customer where id = any(:ids)")
                    .param("ids", missing.toArray(Long[]::new)).query(Long.class).list();
            missing.stream().filter(id -> !absent.contains(id)).findFirst().ifPresent(id -> {
                throw new CustomerNotFound(id);
            });
            // rolls the whole move back: all or nothing
            throw PoolConflict.notInPool(missing);
        }
        List<PoolMove> moves = taken.stream().map(id -> new PoolMove(id, kind, null, null, to.userId(),
                to.departmentId(), viewer.get().userId(), reason)).toList();
        ledger.record(moves, now);
        log.info("{} pooled customer(s) {} to user {}", taken.size(), kind == PoolMove.Kind.CLAIM ? "claimed" : "assigned",
                to.userId());
        return taken.size();
    }
}
