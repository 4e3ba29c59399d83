package io.pulsecrm.oltp.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.pulsecrm.oltp.customer.SalesFloor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recycler and the warnings, driven directly with a clock two hours ahead. Each customer's
 * dates are set so that it becomes due (or warned) one hour from now: the scheduled job, running
 * on the real clock meanwhile, leaves them alone, and so does this test with everybody else's.
 */
class RecyclerIT extends SalesFloor {

    @Autowired
    private Recycler recycler;
    @Autowired
    private PoolWarnings warnings;
    @Autowired
    private Clock clock;

    private Instant now;
    private Instant later;
    private String savedRule;

    @BeforeEach
    void rules() {
        savedRule = jdbc.sql("select row_to_json(p)::text from pool_rule p").query(String.class).single();
        jdbc.sql("update pool_rule set enabled = true, days_without_follow_up = 30, days_without_deal = 90, warn_days_before = 3")
                .update();
        now = clock.instant();
        later = now.plus(Duration.ofHours(2));
    }

    @AfterEach
    void restoreRules() {
        jdbc.sql("""
                update pool_rule p set enabled = r.enabled, days_without_follow_up = r.days_without_follow_up,
                    days_without_deal = r.days_without_deal, warn_days_before = r.warn_days_before, claim_limit = r.claim_limit
                from json_populate_record(null::pool_rule, cast(:saved as json)) r""").param("saved", savedRule).update();
    }

    /** A customer of rep A whose clocks started the given time ago. */
    private long customer(Duration ownedFor, Duration lastFollowUpAgo, String dealStatus, boolean locked) {
        long id = customerOwnedBy(repA, unique("回收"));
        jdbc.sql("""
                update customer set owned_since = :owned, last_follow_up_at = :followed, deal_status = :deal, locked = :locked
                where id = :id""")
                .param("owned", Timestamp.from(now.minus(ownedFor)))
                .param("followed", lastFollowUpAgo == null ? null : Timestamp.from(now.minus(lastFollowUpAgo)))
                .param("deal", dealStatus).param("locked", locked).param("id", id).update();
        return id;
    }

    private static Duration days(long days, long plusHours) {
        return Duration.ofDays(days).minusHours(plusHours);
    }

    @Test
    void customersDueByEitherRuleAreRecycledWithTheirEventsAndOthersStay() {
        long silent = customer(days(40, 0), days(30, 1), "NONE", false);
        long dealless = customer(days(90, 1), Duration.ofDays(1), "NONE", false);
        long followedUp = customer(days(40, 0), Duration.ofDays(1), "NONE", false);
        long locked = customer(days(40, 0), days(30, 1), "NONE", true);
        long dealt = customer(days(90, 1), Duration.ofDays(1), "DEAL", false);
        long justClaimed = customer(Duration.ofDays(1), Duration.ofDays(100), "NONE", false);
        as(repA);
        post("/api/v1/customers/" + silent + "/team", "{\"userId\": %d, \"access\": \"WRITE\"}".formatted(repB));

        recycler.recycle(later);

        assertThat(ownerOf("customer", silent)).isNull();
        assertThat(ownerOf("customer", dealless)).isNull();
        for (long kept : new long[] {followedUp, locked, dealt, justClaimed}) {
            assertThat(ownerOf("customer", kept)).as("customer %d", kept).isEqualTo(repA);
        }
        assertThat(jdbc.sql("select reason from pool_event where customer_id = ? and kind = 'RECYCLE'").param(silent)
                .query(String.class).single()).isEqualTo("no follow-up for 30 days");
        assertThat(jdbc.sql("select reason from pool_event where customer_id = ? and kind = 'RECYCLE'").param(dealless)
                .query(String.class).single()).isEqualTo("no deal for 90 days");
        assertThat(countWhere("""
                select count(*) from pool_event where customer_id = ? and from_owner_id = ? and from_owner_dept_id = ?
                and actor_id is null and to_owner_id is null""", silent, repA, east)).isEqualTo(1);
        assertThat(countWhere("select count(*) from operation_log where entity_type = 'CUSTOMER' and entity_id = ? "
                + "and action = 'RECYCLE' and actor_id is null", silent)).isEqualTo(1);
        assertThat(countWhere("select count(*) from record_team_member where entity_type = 'CUSTOMER' and entity_id = ?",
                silent)).isZero();
        assertThat(jdbc.sql("select pool_entered_at from customer where id = ?").param(silent).query(Timestamp.class)
                .single().toInstant()).isEqualTo(later);
    }

    @Test
    void recyclingTwiceRecordsEachCustomerOnce() {
        long silent = customer(days(40, 0), days(30, 1), "NONE", false);

        recycler.recycle(later);
        recycler.recycle(later);

        assertThat(countWhere("select count(*) from pool_event where customer_id = ? and kind = 'RECYCLE'", silent))
                .isEqualTo(1);
    }

    @Test
    void nothingIsRecycledWhileTheRulesAreDisabled() {
        long silent = customer(days(40, 0), days(30, 1), "NONE", false);
        jdbc.sql("update pool_rule set enabled = false").update();

        recycler.recycle(later);

        assertThat(ownerOf("customer", silent)).isEqualTo(repA);
    }

    @Test
    void theOwnerIsWarnedOnceBeforeTheCustomerIsDue() {
        // due in 2 days (+1h): inside the 3-day warning window at the later clock, not recycled yet
        long soon = customer(days(40, 0), days(28, 1), "NONE", false);
        long notYet = customer(days(40, 0), Duration.ofDays(20), "NONE", false);

        warnings.warn(later);
        warnings.warn(later);
        recycler.recycle(later);

        assertThat(countWhere("""
                select count(*) from notification where kind = 'POOL_WARNING' and subject_type = 'CUSTOMER'
                and subject_id = ? and user_id = ?""", soon, repA)).isEqualTo(1);
        assertThat(countWhere("select count(*) from notification where kind = 'POOL_WARNING' and subject_id = ?", notYet))
                .isZero();
        assertThat(ownerOf("customer", soon)).isEqualTo(repA);
    }

    @Test
    void aFollowUpThatMovesTheDueTimeEarnsANewWarningLater() {
        long soon = customer(days(40, 0), days(28, 1), "NONE", false);
        warnings.warn(later);
        // a follow-up ten days later than before moves the due time by ten days
        jdbc.sql("update customer set last_follow_up_at = last_follow_up_at + interval '10 days' where id = ?")
                .param(soon).update();

        warnings.warn(later);
        warnings.warn(later.plus(Duration.ofDays(10)));

        assertThat(countWhere("select count(*) from notification where kind = 'POOL_WARNING' and subject_id = ?", soon))
                .isEqualTo(2);
    }
}
