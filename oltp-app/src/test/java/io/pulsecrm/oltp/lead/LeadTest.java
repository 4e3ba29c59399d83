package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.Owner;
import org.junit.jupiter.api.Test;

/** A lead's life: new → qualified → converted, or invalid; converted is final. */
class LeadTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    static Lead lead() {
        return Lead.register(new LeadDraft(" 李雷 ", "韩梅梅公司", "经理", "13800000000", "li@example.com", null, null,
                null, SourceChannel.WEBSITE, null, null), new Owner(3, 2), 3, NOW);
    }

    @Test
    void aNewLeadIsOwnedByItsCreatorAndTrimmed() {
        Lead lead = lead();

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.getName()).isEqualTo("李雷");
        assertThat(lead.getOwnerDeptId()).isEqualTo(2);
    }

    @Test
    void onlyANewLeadCanBeQualified() {
        Lead lead = lead();
        lead.qualify(NOW);

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.getQualifiedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> lead.qualify(NOW)).isInstanceOf(LeadConflict.class);
    }

    @Test
    void newAndQualifiedLeadsCanBeConvertedOnce() {
        Lead lead = lead();
        lead.qualify(NOW);

        lead.convertedInto(42, NOW);

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(lead.getConvertedCustomerId()).isEqualTo(42);
        assertThat(lead.getConvertedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> lead.convertedInto(43, NOW)).isInstanceOf(LeadConflict.class);
    }

    @Test
    void anInvalidLeadCannotBeConverted() {
        Lead lead = lead();
        lead.markInvalid(NOW);

        assertThatThrownBy(lead::requireConvertible).isInstanceOf(LeadConflict.class).hasMessageContaining("INVALID");
        assertThatThrownBy(() -> lead.markInvalid(NOW)).isInstanceOf(LeadConflict.class);
    }

    @Test
    void aConvertedLeadCannotBeEdited() {
        Lead lead = lead();
        lead.convertedInto(42, NOW);

        assertThatThrownBy(() -> lead.revise(new LeadDraft("新", null, null, null, null, null, null, null,
                SourceChannel.OTHER, null, null), NOW)).isInstanceOf(LeadConflict.class);
        assertThatThrownBy(() -> lead.markInvalid(NOW)).isInstanceOf(LeadConflict.class);
    }

    @Test
    void aLeadNeedsANameAndASource() {
        assertThat(new LeadDraft("", null, null, null, null, null, null, null, null, null, null).problems("row 2."))
                .extracting(p -> p.field()).containsExactly("row 2.name", "row 2.source");
    }
}
