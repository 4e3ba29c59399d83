package io.pulsecrm.oltp.pool;

import java.sql.Timestamp;
import java.time.Clock;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.InvalidInput;
import io.pulsecrm.oltp.shared.StaleVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the single pool_rule row. */
@Service
@Transactional(readOnly = true)
public class PoolRules {

    private final JdbcClient jdbc;
    private final OperationLog operations;
    private final Clock clock;

    PoolRules(JdbcClient jdbc, OperationLog operations, Clock clock) {
        this.jdbc = jdbc;
        this.operations = operations;
        this.clock = clock;
    }

    public PoolRule current() {
        return jdbc.sql("""
                select enabled, days_without_follow_up, days_without_deal, warn_days_before, claim_limit, updated_at, version
                from pool_rule where id = 1""")
                .query((rs, n) -> new PoolRule(rs.getBoolean("enabled"), (Integer) rs.getObject("days_without_follow_up"),
                        (Integer) rs.getObject("days_without_deal"), rs.getInt("warn_days_before"),
                        (Integer) rs.getObject("claim_limit"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getInt("version")))
                .single();
    }

    @Transactional
    public PoolRule update(boolean enabled, Integer daysWithoutFollowUp, Integer daysWithoutDeal, int warnDaysBefore,
            Integer claimLimit, int version) {
        new FieldChecks()
                .require(daysWithoutFollowUp == null || (daysWithoutFollowUp >= 1 && daysWithoutFollowUp <= 3650),
                        "daysWithoutFollowUp", "must be between 1 and 3650, or null for never")
                .require(daysWithoutDeal == null || (daysWithoutDeal >= 1 && daysWithoutDeal <= 3650),
                        "daysWithoutDeal", "must be between 1 and 3650, or null for never")
                .require(warnDaysBefore >= 0 && warnDaysBefore <= 365, "warnDaysBefore", "must be between 0 and 365")
                .require(claimLimit == null || claimLimit >= 0, "claimLimit", "must not be negative, or null for no limit")
                .orThrow(InvalidRule::new);
        PoolRule before = jdbc.sql("select version from pool_rule where id = 1 for update").query(Integer.class)
                .optional().map(v -> current()).orElseThrow();
        StaleVersion.check("pool rule", 1, version, before.version());
        jdbc.sql("""
                update pool_rule set enabled = :enabled, days_without_follow_up = :follow, days_without_deal = :deal,
                    warn_days_before = :warn, claim_limit = :claim, updated_at = :now, version = version + 1
                where id = 1""").param("enabled", enabled).param("follow", daysWithoutFollowUp)
                .param("deal", daysWithoutDeal).param("warn", warnDaysBefore).param("claim", claimLimit)
                .param("now", Timestamp.from(clock.instant())).update();
        operations.record("POOL_RULE", 1, "UPDATE", "public pool rules", Changes.none()
                .field("enabled", before.enabled(), enabled)
                .field("daysWithoutFollowUp", before.daysWithoutFollowUp(), daysWithoutFollowUp)
                .field("daysWithoutDeal", before.daysWithoutDeal(), daysWithoutDeal)
                .field("warnDaysBefore", before.warnDaysBefore(), warnDaysBefore)
                .field("claimLimit", before.claimLimit(), claimLimit));
        return current();
    }

    static final class InvalidRule extends InvalidInput {

        InvalidRule(java.util.List<io.pulsecrm.oltp.shared.FieldProblem> problems) {
            super(problems);
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }
}
