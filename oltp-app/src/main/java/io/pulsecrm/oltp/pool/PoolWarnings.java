package io.pulsecrm.oltp.pool;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells owners ahead of time that a customer is about to be recycled: one POOL_WARNING
 * notification per customer and due time. The pool_warning primary key makes "once" hold even
 * when two instances warn at the same moment; a follow-up that moves the due time earns a new
 * warning when the new time nears.
 */
@Service
public class PoolWarnings {

    private static final Logger log = LoggerFactory.getLogger(PoolWarnings.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PoolRules rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int batchSize;

    PoolWarnings(PoolRules rules, JdbcClient jdbc, TransactionTemplate transaction, PoolProperties properties) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batchSize = properties.batchSize();
    }

    private record Candidate(long id, String name, long ownerId, String locale, RecycleFacts facts) {
    }

    /** Warns the owners of customers due within the warning window at {@code now}; returns how many were warned. */
    public int warn(Instant now) {
        PoolRule rule = rules.current();
        if (!rule.recycles()) {
            return 0;
        }
        RecyclePolicy policy = new RecyclePolicy(rule);
        // customers due by now + warnDaysBefore: the same predicates as recycling, shifted
        Instant horizon = now.plus(Duration.ofDays(rule.warnDaysBefore()));
        Recycler.Due window = new Recycler.Due(policy.followUpCutoff(horizon), policy.dealCutoff(horizon));
        int warned = 0;
        long after = 0;
        while (true) {
            List<Candidate> batch = jdbc.sql("""
                    select c.id, c.name, c.owner_id, u.locale, c.owned_since, c.last_follow_up_at, c.deal_status, c.locked
                    from customer c join app_user u on u.id = c.owner_id
                    where c.owner_id is not null and not c.locked and (%s) and c.id > :after
                    order by c.id limit :limit""".formatted(window.predicate()))
                    .params(window.params()).param("after", after).param("limit", batchSize)
                    .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"),
                            rs.getString("locale"), new RecycleFacts(rs.getTimestamp("owned_since").toInstant(),
                            rs.getTimestamp("last_follow_up_at") == null ? null : rs.getTimestamp("last_follow_up_at").toInstant(),
                            "DEAL".equals(rs.getString("deal_status")), rs.getBoolean("locked"))))
                    .list();
            for (Candidate candidate : batch) {
                if (policy.shouldWarn(candidate.facts(), now)) {
                    RecyclePolicy.Due due = policy.dueOf(candidate.facts()).orElseThrow();
                    Boolean sent = transaction.execute(status -> warnOnce(candidate, due, policy, now));
                    warned += Boolean.TRUE.equals(sent) ? 1 : 0;
                }
            }
            if (batch.size() < batchSize) {
                break;
            }
            after = batch.getLast().id();
        }
        if (warned > 0) {
            log.info("Warned the owners of {} customer(s) about recycling", warned);
        }
        return warned;
    }

    private boolean warnOnce(Candidate candidate, RecyclePolicy.Due due, RecyclePolicy policy, Instant now) {
        int first = jdbc.sql("""
                insert into pool_warning (customer_id, due_at, owner_id, warned_at) values (:customer, :due, :owner, :now)
                on conflict (customer_id, due_at) do nothing""")
                .param("customer", candidate.id()).param("due", Timestamp.from(due.at()))
                .param("owner", candidate.ownerId()).param("now", Timestamp.from(now)).update();
        if (first == 0) {
            return false;
        }
        jdbc.sql("""
                insert into notification (user_id, kind, subject_type, subject_id, message, created_at)
                values (:user, 'POOL_WARNING', 'CUSTOMER', :customer, :message, :now)""")
                .param("user", candidate.ownerId()).param("customer", candidate.id())
                .param("message", message(candidate, due, policy)).param("now", Timestamp.from(now)).update();
        return true;
    }

    private static String message(Candidate candidate, RecyclePolicy.Due due, RecyclePolicy policy) {
        String when = DAY.format(due.at().atZone(CHINA));
        String name = candidate.name().length() > 200 ? candidate.name().substring(0, 200) : candidate.name();
        if ("en".equals(candidate.locale())) {
            return "Customer \"%s\" returns to the public pool on %s (%s) unless you follow up or close a deal."
                    .formatted(name, when, policy.describe(due.reason()));
        }
        String reason = due.reason() == RecyclePolicy.Reason.NO_FOLLOW_UP ? "未跟进" : "未成交";
        return "客户「%s」将于 %s 因长期%s被收回公海,请及时跟进。".formatted(name, when, reason);
    }
}
