package io.pulsecrm.oltp.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class FollowUpEntryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static FollowUpEntry communication(Instant occurredAt, Instant next) {
        return new FollowUpEntry(FollowUpKind.COMMUNICATION, ContactMethod.PHONE, "电话沟通了报价", occurredAt, next);
    }

    private static void assertRefused(FollowUpEntry entry, String field, String message) {
        assertThatThrownBy(() -> entry.checked(NOW)).isInstanceOf(InvalidFollowUp.class)
                .satisfies(e -> assertThat(((InvalidFollowUp) e).problems()).contains(new FieldProblem(field, message)));
    }

    @Test
    void anOmittedOccurredAtMeansNow() {
        assertThat(communication(null, null).checked(NOW).occurredAt()).isEqualTo(NOW);
    }

    @Test
    void occurredAtMayRunAMinuteAheadForClockSkewButNoMore() {
        assertThat(communication(NOW.plus(Duration.ofMinutes(1)), null).checked(NOW).occurredAt())
                .isEqualTo(NOW.plusSeconds(60));
        assertRefused(communication(NOW.plusSeconds(61), null), "occurredAt", "must not be in the future");
    }

    @Test
    void aFollowUpLoggedAfterTheFactIsAccepted() {
        assertThat(communication(NOW.minus(Duration.ofDays(30)), null).checked(NOW).occurredAt())
                .isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void theNextContactMustComeAfterTheFollowUp() {
        Instant occurred = NOW.minus(Duration.ofHours(1));
        assertRefused(communication(occurred, occurred), "nextContactAt", "must be after occurredAt");
        assertRefused(communication(occurred, occurred.minusSeconds(1)), "nextContactAt", "must be after occurredAt");
        assertThat(communication(occurred, occurred.plusSeconds(1)).checked(NOW).nextContactAt())
                .isEqualTo(occurred.plusSeconds(1));
    }

    @Test
    void aNextContactInThePastIsFineWhenTheFollowUpIsOlder() {
        Instant occurred = NOW.minus(Duration.ofDays(2));
        assertThat(communication(occurred, NOW.minus(Duration.ofDays(1))).checked(NOW).nextContactAt()).isNotNull();
    }

    @Test
    void aCommunicationNeedsAMethodAndOtherKindsHaveNone() {
        assertRefused(new FollowUpEntry(FollowUpKind.COMMUNICATION, null, "x", NOW, null), "method",
                "is required for a COMMUNICATION");
        assertRefused(new FollowUpEntry(FollowUpKind.LOG, ContactMethod.VISIT, "x", NOW, null), "method",
                "must be empty unless kind is COMMUNICATION");
        assertThat(new FollowUpEntry(FollowUpKind.LOG, null, "周报", NOW, null).checked(NOW).kind()).isEqualTo(FollowUpKind.LOG);
    }

    @Test
    void contentIsRequiredTrimmedAndAtMost4000Characters() {
        assertRefused(new FollowUpEntry(FollowUpKind.LOG, null, "   ", NOW, null), "content", "must be 1 to 4000 characters");
        assertRefused(new FollowUpEntry(FollowUpKind.LOG, null, "字".repeat(4001), NOW, null), "content",
                "must be 1 to 4000 characters");
        assertThat(new FollowUpEntry(FollowUpKind.LOG, null, " 字 ", NOW, null).checked(NOW).content()).isEqualTo("字");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> new FollowUpEntry(null, null, "", NOW.plus(Duration.ofHours(1)), null).checked(NOW))
                .isInstanceOf(InvalidFollowUp.class)
                .satisfies(e -> assertThat(((InvalidFollowUp) e).problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("kind", "content", "occurredAt"));
    }

    @Test
    void theScheduleEntryIsTitledByTheFirstLineCutToFit() {
        Subject customer = new Subject(SubjectType.CUSTOMER, 7, "杭州云帆", 1L, 7L, true);
        Owner author = new Owner(1, 1);
        FollowUp followUp = FollowUp.write(customer, new FollowUpEntry(FollowUpKind.COMMUNICATION, ContactMethod.PHONE,
                "\n  约下周二上门演示  \n带上报价单", null, NOW.plus(Duration.ofDays(1))), author, NOW);
        assertThat(followUp.scheduleTitle()).isEqualTo("约下周二上门演示");
        assertThat(followUp.getCustomerId()).isEqualTo(7L);

        FollowUp longOne = FollowUp.write(customer, new FollowUpEntry(FollowUpKind.LOG, null, "长".repeat(300), null, null),
                author, NOW);
        assertThat(longOne.scheduleTitle()).hasSize(200).endsWith("…");
    }
}
