package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.pulsecrm.oltp.customer.ContactDraft;
import io.pulsecrm.oltp.customer.CustomerDraft;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** What a converted lead becomes. */
class ConversionTest {

    @Test
    void theCustomerIsNamedAfterTheCompanyAndKeepsSourceAndCampaign() {
        Lead lead = Lead.register(new LeadDraft("李雷", "韩梅梅公司", null, "13800000000", "li@example.com", "软件", "上海",
                null, SourceChannel.EXHIBITION, 9L, null), new Owner(3, 2), 3, java.time.Instant.EPOCH);

        CustomerDraft customer = Conversion.customerOf(lead, CustomerLevel.KEY);

        assertThat(customer.name()).isEqualTo("韩梅梅公司");
        assertThat(customer.source()).isEqualTo(SourceChannel.EXHIBITION);
        assertThat(customer.campaignId()).isEqualTo(9L);
        assertThat(customer.level()).isEqualTo(CustomerLevel.KEY);
        assertThat(customer.phone()).isEqualTo("13800000000");
    }

    @Test
    void withoutACompanyTheCustomerIsThePerson() {
        Lead lead = Lead.register(new LeadDraft("个体户 王", null, "老板", null, null, null, null, null,
                SourceChannel.REFERRAL, null, null), new Owner(3, 2), 3, java.time.Instant.EPOCH);

        assertThat(Conversion.customerOf(lead, null).name()).isEqualTo("个体户 王");
        assertThat(Conversion.contactOf(lead, null)).isEqualTo(new ContactDraft("个体户 王", "老板", null, null, null, null));
    }

    @Test
    void aRequestedContactReplacesTheLeadsPerson() {
        Lead lead = LeadTest.lead();
        ContactDraft requested = new ContactDraft("采购 刘", null, null, "13600000000", null, null);

        assertThat(Conversion.contactOf(lead, requested)).isSameAs(requested);
    }

    @Test
    void everyProblemOfContactAndDealIsNamedAsInTheRequest() {
        var problems = Conversion.problems(new ContactDraft("", null, null, null, "x", null),
                new Conversion.DealDraft(" ", new BigDecimal("-1.001"), null, null));

        assertThat(problems).extracting(FieldProblem::field).contains("contact.name", "contact.email",
                "opportunity.name", "opportunity.amount", "opportunity.stageId");
    }
}
