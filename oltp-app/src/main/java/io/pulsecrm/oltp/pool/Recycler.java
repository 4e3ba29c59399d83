package io.pulsecrm.oltp.pool;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recycles owned customers that broke a pool rule back into the pool (自动回收), in batches of
 * one transaction each. Instances take turns: a batch runs under a transaction-scoped advisory
 * lock, so two instances never recycle at the same moment, and a batch selects only customers
 * still owned and due — whatever the other instance recycled is no longer a candidate. Rows are
 * taken with {@code for update skip locked}: a customer being edited, claimed or transferred right
 * now is left for the next run rather than waited for.
 */
@Service
public class Recycler {

    private static final Logger log = LoggerFactory.getLogger(Recycler.class);
    /** The advisory lock key of the recycler, the same in every instance. */
    private static final long RECYCLE_LOCK = 0x5075_6c73_6550_6f6fL;

    private final PoolRules rules;
    private final PoolLedger ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int batchSize;

    Recycler(PoolRules rules, PoolLedger ledger, JdbcClient jdbc, TransactionTemplate transaction,
            PoolProperties properties) {
        this.rules = rules;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batchSize = properties.batchSize();
    }

    private record Candidate(long id, long ownerId, long deptId, RecycleFacts facts) {
    }

    /** Recycles every customer due at {@code now}; returns how many this call moved. */
    public int recycle(Instant now) {
        int total = 0;
        while (true) {
            Batch batch = transaction.execute(status -> recycleBatch(now));
            total += batch.recycled();
            // a full batch may have left more behind; one that recycled nothing would only find the same rows
            if (batch.selected() < batchSize || batch.recycled() == 0) {
                break;
            }
        }
        if (total > 0) {
            log.info("Recycled {} customer(s) into the pool", total);
        }
        return total;
    }

    private record Batch(int selected, int recycled) {
    }

    /** One batch, in its own transaction, after any other instance's batch has committed. */
    private Batch recycleBatch(Instant now) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", RECYCLE_LOCK).query(Integer.class).single();
        PoolRule rule = rules.current();
        if (!rule.recycles()) {
            return new Batch(0, 0);
        }
        RecyclePolicy policy = new RecyclePolicy(rule);
        Due cutoffs = new Due(policy.followUpCutoff(now), policy.dealCutoff(now));
        List<Candidate> candidates = jdbc.sql("""
                select c.id, c.owner_id, c.owner_dept_id, c.owned_since, c.last_follow_up_at, c.deal_status, c.locked
                from customer c
                where c.owner_id is not null and not c.locked and (%s)
                order by c.id limit :limit
                for update skip locked""".formatted(cutoffs.predicate()))
                .params(cutoffs.params()).param("limit", batchSize)
                .query(Recycler::candidate).list();
        List<Long> due = new ArrayList<>();
        List<PoolMove> moves = new ArrayList<>();
        for (Candidate candidate : candidates) {
            // the SQL narrows, the policy decides: the two must agree, and the policy is what the tests pin down
            policy.dueOf(candidate.facts()).filter(d -> !d.at().isAfter(now)).ifPresent(d -> {
                due.add(candidate.id());
                moves.add(new PoolMove(candidate.id(), PoolMove.Kind.RECYCLE, candidate.ownerId(), candidate.deptId(),
                        null, null, null, policy.describe(d.reason())));
            });
        }
        if (!due.isEmpty()) {
            ledger.pool(due, now);
            ledger.record(moves, now);
        }
        return new Batch(candidates.size(), due.size());
    }

    /** The SQL side of the rules: customers whose clock started before the cutoffs. */
    record Due(Instant followUpCutoff, Instant dealCutoff) {

        String predicate() {
            List<String> rules = new ArrayList<>();
            if (followUpCutoff != null) {
                // not indexed: follow-ups move last_follow_up_at, and an index on it would keep their updates from being HOT (V37)
                rules.add("(coalesce(c.last_follow_up_at, c.owned_since) < :followUpCutoff"
                        + " and c.owned_since < :followUpCutoff)");
            }
            if (dealCutoff != null) {
                rules.add("(c.deal_status = 'NONE' and c.owned_since < :dealCutoff)");
            }
            return rules.isEmpty() ? "false" : String.join(" or ", rules);
        }

        java.util.Map<String, Object> params() {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            if (followUpCutoff != null) {
                params.put("followUpCutoff", Timestamp.from(followUpCutoff));
            }
            if (dealCutoff != null) {
                params.put("dealCutoff", Timestamp.from(dealCutoff));
            }
            return params;
        }
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        Timestamp followUp = rs.getTimestamp("last_follow_up_at");
        return new Candidate(rs.getLong("id"), rs.getLong("owner_id"), rs.getLong("owner_dept_id"),
                new RecycleFacts(rs.getTimestamp("owned_since").toInstant(), followUp == null ? null : followUp.toInstant(),
                        "DEAL".equals(rs.getString("deal_status")), rs.getBoolean("locked")));
    }
}
