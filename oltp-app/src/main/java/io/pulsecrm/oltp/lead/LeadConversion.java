package io.pulsecrm.oltp.lead;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.customer.ContactDraft;
import io.pulsecrm.oltp.customer.Customer;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.CustomerService;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts a lead (转化为客户) in one transaction: the customer (owned by the lead's owner, with the
 * lead's source and campaign), its primary contact, optionally an opening deal, and the lead
 * marked CONVERTED pointing at the customer. Any refusal leaves nothing behind.
 */
@Service
public class LeadConversion {

    private static final Logger log = LoggerFactory.getLogger(LeadConversion.class);

    private final LeadService leads;
    private final LeadRepository repository;
    private final CustomerService customers;
    private final StageService stages;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    LeadConversion(LeadService leads, LeadRepository repository, CustomerService customers, StageService stages,
            CurrentViewer viewer, Owners owners, OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.leads = leads;
        this.repository = repository;
        this.customers = customers;
        this.stages = stages;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Result(long leadId, long customerId, Long opportunityId) {
    }

    @Transactional
    public Result convert(long id, int version, CustomerLevel level, ContactDraft contact, Conversion.DealDraft deal) {
        Viewer me = viewer.get();
        Lead lead = leads.get(id);
        me.require("customer:create");
        if (deal != null) {
            me.require("opportunity:create");
        }
        StaleVersion.check("lead", id, version, lead.getVersion());
        lead.requireConvertible();
        ContactDraft person = Conversion.contactOf(lead, contact);
        List<FieldProblem> problems = Conversion.problems(person, deal);
        if (!problems.isEmpty()) {
            throw new InvalidLead(problems);
        }
        if (deal != null) {
            stages.referencedBy("opportunity.stageId", deal.stageId());
        }
        // the lead's owner keeps what grows out of it, in their department of today
        Owner owner = owners.assignable(me, "ownerId", lead.getOwnerId());
        Customer customer = customers.registerConverted(id, Conversion.customerOf(lead, level), person, owner);
        Long dealId = deal == null ? null : openDeal(deal, customer, owner, me);
        Instant now = clock.instant();
        lead.convertedInto(customer.getId(), now);
        repository.saveAndFlush(lead);
        // the lead's history goes on under the customer: its page shows the follow-ups of everything under it
        jdbc.sql("""
                update follow_up set customer_id = :customer
                where subject_type = 'LEAD' and subject_id = :lead and customer_id is null""")
                .param("customer", customer.getId()).param("lead", id).update();
        operations.record(LeadService.ENTITY, id, "CONVERT", "into customer " + customer.getId(),
                Changes.none().field("status", "OPEN", "CONVERTED").field("convertedCustomerId", null, customer.getId()));
        log.info("Lead {} converted into customer {} (opportunity {})", id, customer.getId(), dealId);
        return new Result(id, customer.getId(), dealId);
    }

    /** The deal goes straight into the opportunity table: created open in its stage, so no stage move. */
    private long openDeal(Conversion.DealDraft deal, Customer customer, Owner owner, Viewer me) {
        Timestamp now = Timestamp.from(clock.instant());
        long dealId = jdbc.sql("""
                insert into opportunity (name, amount, stage_id, status, expected_close_date, created_at, updated_at,
                    customer_id, owner_id, owner_dept_id, campaign_id, created_by)
                values (:name, :amount, :stage, 'OPEN', :close, :now, :now, :customer, :owner, :dept, :campaign, :by)
                returning id""")
                .param("name", deal.name().strip()).param("amount", deal.amount().setScale(2))
                .param("stage", deal.stageId())
                .param("close", deal.expectedCloseDate() == null ? null : Date.valueOf(deal.expectedCloseDate()))
                .param("now", now).param("customer", customer.getId()).param("owner", owner.userId())
                .param("dept", owner.departmentId()).param("campaign", customer.getCampaignId()).param("by", me.userId())
                .query(Long.class).single();
        operations.record("OPPORTUNITY", dealId, "CREATE", "from lead conversion", Changes.none());
        return dealId;
    }
}
