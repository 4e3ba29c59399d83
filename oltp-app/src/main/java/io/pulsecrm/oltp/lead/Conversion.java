package io.pulsecrm.oltp.lead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.customer.ContactDraft;
import io.pulsecrm.oltp.customer.CustomerDraft;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * What converting a lead creates, decided from the lead and the request alone: the customer
 * (named after the company, or the person when there is none, with the lead's source and
 * campaign), its primary contact (as given, else the lead's person) and optionally a deal.
 */
public final class Conversion {

    static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999999.99");

    /** The deal to open with the new customer. */
    public record DealDraft(String name, BigDecimal amount, Long stageId, LocalDate expectedCloseDate) {

        List<FieldProblem> problems() {
            FieldChecks checks = new FieldChecks()
                    .text(name, "opportunity.name", 200)
                    .decimal(amount, "opportunity.amount", BigDecimal.ZERO, AMOUNT_MAX, 2)
                    .require(stageId != null && stageId > 0, "opportunity.stageId", "is required: a stage id");
            return io.pulsecrm.oltp.customer.FieldFormats.collect(checks);
        }
    }

    private Conversion() {
    }

    static CustomerDraft customerOf(Lead lead, CustomerLevel level) {
        String name = lead.getCompany() != null ? lead.getCompany() : lead.getName();
        return new CustomerDraft(name, level, lead.getIndustry(), lead.getRegion(), lead.getAddress(), lead.getPhone(),
                lead.getEmail(), null, lead.getSource(), lead.getCampaignId(), lead.getRemark());
    }

    /** The contact as requested, else the person the lead is about. */
    static ContactDraft contactOf(Lead lead, ContactDraft requested) {
        return requested != null ? requested
                : new ContactDraft(lead.getName(), lead.getTitle(), lead.getPhone(), null, lead.getEmail(), null);
    }

    /** Every problem of the request, named as in its body, before anything is created. */
    static List<FieldProblem> problems(ContactDraft contact, DealDraft deal) {
        List<FieldProblem> problems = new ArrayList<>(contact.problems("contact."));
        if (deal != null) {
            problems.addAll(deal.problems());
        }
        return problems;
    }
}
