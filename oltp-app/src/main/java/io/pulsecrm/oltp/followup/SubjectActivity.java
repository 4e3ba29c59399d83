package io.pulsecrm.oltp.followup;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the "last follow-up" and "next contact" of a lead and of the customer a follow-up belongs
 * under, which the lists sort by and the public-pool recycler reads. These are server-kept
 * columns: they move neither version nor updated_at, so writing a follow-up never makes a rep's
 * open edit of the customer stale. A back-dated follow-up never moves the last follow-up back.
 */
@Component
class SubjectActivity {

    private final JdbcClient jdbc;

    SubjectActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void followedUp(SubjectType type, long subjectId, Long customerId, Instant occurredAt, Instant nextContactAt) {
        Timestamp occurred = Timestamp.from(occurredAt);
        Timestamp next = nextContactAt == null ? null : Timestamp.from(nextContactAt);
        if (type == SubjectType.LEAD) {
            jdbc.sql("""
                    update lead set last_follow_up_at = greatest(last_follow_up_at, cast(:occurred as timestamptz)),
                                    next_contact_at = coalesce(cast(:next as timestamptz), next_contact_at)
                    where id = :id""").param("occurred", occurred).param("next", next).param("id", subjectId).update();
        }
        if (customerId != null) {
            jdbc.sql("""
                    update customer set last_follow_up_at = greatest(last_follow_up_at, cast(:occurred as timestamptz)),
                                        next_contact_at = coalesce(cast(:next as timestamptz), next_contact_at)
                    where id = :id""").param("occurred", occurred).param("next", next).param("id", customerId).update();
        }
    }
}
