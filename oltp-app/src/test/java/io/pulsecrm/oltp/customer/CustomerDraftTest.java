package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The fields of a customer: every broken rule named at once, stored trimmed. */
class CustomerDraftTest {

    @Test
    void everyBadFieldIsNamedWithThePrefix() {
        CustomerDraft draft = new CustomerDraft(" ", null, "x".repeat(33), "y".repeat(65), null, "phone?", "a@b",
                null, null, 0L, null);

        assertThat(draft.problems("customer.")).extracting(FieldProblem::field)
                .containsExactly("customer.name", "customer.industry", "customer.region", "customer.phone",
                        "customer.email", "customer.campaignId");
    }

    @Test
    void aNormalizedDraftIsTrimmedWithBlanksAsAbsentAndANormalLevel() {
        CustomerDraft draft = new CustomerDraft("  星辰 ", null, " ", "上海", null, " 021-1234567 ", null, null, null,
                null, "");

        CustomerDraft clean = draft.normalized();

        assertThat(clean.name()).isEqualTo("星辰");
        assertThat(clean.industry()).isNull();
        assertThat(clean.phone()).isEqualTo("021-1234567");
        assertThat(clean.level()).isEqualTo(CustomerLevel.NORMAL);
        assertThat(clean.remark()).isNull();
        assertThat(draft.problems("")).isEmpty();
    }

    @Test
    void phonesWithUsualSeparatorsAreAccepted() {
        for (String phone : new String[] {"+86 138-0000-0000", "(021) 6234 5678", "400-800-1234", "13800000000"}) {
            assertThat(new CustomerDraft("n", null, null, null, null, phone, null, null, null, null, null).problems(""))
                    .as(phone).isEmpty();
        }
        assertThat(new CustomerDraft("n", null, null, null, null, "--", null, null, null, null, null).problems(""))
                .isNotEmpty();
    }
}
