package io.pulsecrm.oltp.identity;

import static io.pulsecrm.oltp.identity.Kind.CONTACT;
import static io.pulsecrm.oltp.identity.Kind.CONTRACT;
import static io.pulsecrm.oltp.identity.Kind.CUSTOMER;
import static io.pulsecrm.oltp.identity.Kind.FOLLOW_UP;
import static io.pulsecrm.oltp.identity.Kind.LEAD;
import static io.pulsecrm.oltp.identity.Kind.PLAN;
import static io.pulsecrm.oltp.identity.Kind.RECEIPT;
import static io.pulsecrm.oltp.identity.Kind.TASK;
import static io.pulsecrm.oltp.identity.MatrixRule.OWNERS;
import static io.pulsecrm.oltp.identity.MatrixRule.every;
import static io.pulsecrm.oltp.identity.MatrixRule.reach;
import static io.pulsecrm.oltp.identity.MatrixRule.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import io.pulsecrm.oltp.identity.MatrixRule.Case;
import io.pulsecrm.oltp.identity.MatrixRule.Reach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The authorization matrix, changing: for each data scope (and a team seat) × customers, contacts,
 * leads, contracts, payment plans, receipts, follow-ups and tasks, a change, a delete and a new
 * record under someone's customer or contract work exactly where the rule allows. Out of reach is
 * 404 — 403 where the record may be read but not changed — and the rows stay as they were.
 */
class ScopeChangesIT extends ScopeMatrix {

    static Stream<Arguments> allKinds() {
        return every(Kind.values());
    }

    static Stream<Arguments> editedKinds() {
        return every(CUSTOMER, CONTACT, LEAD, CONTRACT, PLAN, FOLLOW_UP, TASK);
    }

    static Stream<Arguments> kindsUnderARecord() {
        return every(CONTACT, CONTRACT, PLAN, RECEIPT, FOLLOW_UP, TASK);
    }

    @ParameterizedTest(name = "{0}: changing {1}s works in reach; out of it 404 (403 if readable) and the row stays")
    @MethodSource("editedKinds")
    void changesReachWritableRecordsOnly(Case c, Kind kind) {
        as(c);
        for (String owner : OWNERS) {
            long id = records.get(kind).get(owner);
            Reach reach = reach(c, kind, owner);
            String before = row(kind.table, id);

            assertThat(send(kind.update(this, id))).as("change of the %s of %s", kind, owner)
                    .hasStatus(status(reach, HttpStatus.OK));

            if (reach == Reach.WRITE) {
                assertThat(row(kind.table, id)).isNotEqualTo(before);
            } else {
                assertThat(row(kind.table, id)).isEqualTo(before);
            }
        }
    }

    /**
     * Every record out of reach is tried; of those in reach, the one reached the longest way is
     * deleted, made for the purpose so that the fixture stays (reads and changes try every one).
     */
    @ParameterizedTest(name = "{0}: deleting {1}s works in reach; out of it 404 (403 if readable) and the row stays")
    @MethodSource("allKinds")
    void deletesReachWritableRecordsOnly(Case c, Kind kind) {
        for (String owner : OWNERS) {
            Reach reach = reach(c, kind, owner);
            if (reach == Reach.WRITE && !owner.equals(c.farthest)) {
                continue;
            }
            long id = reach == Reach.WRITE ? make(kind, owner, false) : records.get(kind).get(owner);
            String before = row(kind.table, id);
            as(c);

            assertThat(delete(kind.delete(this, id))).as("delete of the %s of %s", kind, owner)
                    .hasStatus(status(reach, HttpStatus.NO_CONTENT));

            assertThat(row(kind.table, id)).isEqualTo(reach == Reach.WRITE ? "<none>" : before);
        }
    }

    @ParameterizedTest(name = "{0}: a new {1} under someone's record is made only where the rule allows")
    @MethodSource("kindsUnderARecord")
    void newRecordsGoOnlyUnderRecordsInReach(Case c, Kind kind) {
        as(c);
        for (String owner : OWNERS) {
            // plans and receipts belong to the owner's approved contract, the others to (or are about) their customer
            Reach parent = reach(c, kind == PLAN || kind == RECEIPT ? CONTRACT : CUSTOMER, owner);
            HttpStatus expected = creation(kind, parent);
            long before = count(kind.table);

            MvcTestResult created = send(kind.create(this, owner, "一次性 " + UUID.randomUUID(), false));

            assertThat(created).as("a %s under the records of %s", kind, owner).hasStatus(expected);
            if (expected == HttpStatus.CREATED) { // the viewer's own now; it goes again so the fixture stays as it was
                assertThat(delete(kind.delete(this, idOf(created)))).hasStatus(HttpStatus.NO_CONTENT);
            } else {
                assertThat(count(kind.table)).isEqualTo(before);
            }
        }
    }

    /**
     * A contract or a task about a customer needs only to read it; contacts, plans, receipts and
     * follow-ups need to change their customer or contract. Out of reach: the record in the path
     * (contacts, plans) or the follow-up's subject does not exist (404), a task's subject is a bad
     * reference (400), a customer or contract named in the body is out of scope (403).
     */
    private static HttpStatus creation(Kind kind, Reach parent) {
        boolean readingIsEnough = kind == CONTRACT || kind == TASK;
        if (parent == Reach.WRITE || parent == Reach.READ && readingIsEnough) {
            return HttpStatus.CREATED;
        }
        if (parent == Reach.READ) {
            return HttpStatus.FORBIDDEN;
        }
        return switch (kind) {
            case CONTRACT, RECEIPT -> HttpStatus.FORBIDDEN;
            case TASK -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.NOT_FOUND;
        };
    }
}
