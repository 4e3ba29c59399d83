package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, revising, transferring and deleting deals; each in one transaction, logged in it. */
@Service
@Transactional
public class OpportunityCommands {

    private static final Logger log = LoggerFactory.getLogger(OpportunityCommands.class);
    private static final String ENTITY = OpportunityService.ENTITY;

    private final OpportunityService reads;
    private final OpportunityRepository opportunities;
    private final OpportunityLines lines;
    private final CustomerDirectory customers;
    private final StageService stages;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Owners owners;
    private final Clock clock;

    OpportunityCommands(OpportunityService reads, OpportunityRepository opportunities, OpportunityLines lines,
            CustomerDirectory customers, StageService stages, OperationLog operations, CurrentViewer viewer,
            RecordAccess access, Owners owners, Clock clock) {
        this.reads = reads;
        this.opportunities = opportunities;
        this.lines = lines;
        this.customers = customers;
        this.stages = stages;
        this.operations = operations;
        this.viewer = viewer;
        this.access = access;
        this.owners = owners;
        this.clock = clock;
    }

    /**
     * Opens a deal of the caller under a customer they can read; the campaign is the customer's
     * unless the request names one.
     */
    public Opportunity create(OpportunityDraft draft) {
        CustomerDirectory.CustomerRef customer = customers.readable("customerId", draft.customerId());
        Long campaign = draft.campaignId() != null ? (Long) customers.campaign("campaignId", draft.campaignId())
                : customer.campaignId();
        OpportunityStage stage = stages.referencedBy("stageId", draft.stageId());
        Opportunity deal = opportunities.saveAndFlush(Opportunity.open(draft.name(), draft.amount(), stage,
                draft.expectedCloseDate(), customer.id(), campaign, owners.self(viewer.get()), clock.instant()));
        operations.record(ENTITY, deal.getId(), "CREATE", deal.getName(), Changes.none()
                .field("customerId", null, deal.getCustomerId()).field("amount", null, deal.getAmount())
                .field("stageId", null, deal.getStageId()));
        log.info("Opportunity {} opened in stage {} for customer {}", deal.getId(), stage.getId(), customer.id());
        return deal;
    }

    /** Revises an open deal; while it has product lines, its amount must stay their sum. */
    public Opportunity revise(long id, String name, BigDecimal amount, LocalDate expectedCloseDate, int version) {
        Opportunity deal = reads.editable(id);
        StaleVersion.check("opportunity", id, version, deal.getVersion());
        BigDecimal fromLines = lines.of(id).stream().map(OpportunityLine::lineAmount)
                .reduce(BigDecimal::add).orElse(null);
        if (fromLines != null && amount != null && fromLines.compareTo(amount) != 0) {
            throw new AmountFromProducts(id, fromLines);
        }
        Changes changes = Changes.none().field("name", deal.getName(), name == null ? null : name.strip())
                .field("amount", deal.getAmount(), amount).field("expectedCloseDate", deal.getExpectedCloseDate(),
                        expectedCloseDate);
        deal.revise(name, amount, expectedCloseDate, clock.instant());
        opportunities.saveAndFlush(deal);
        operations.record(ENTITY, id, "UPDATE", deal.getName(), changes);
        return deal;
    }

    /**
     * Hands every listed deal to the new owner, or none of them: one unknown or unreadable id
     * answers 404, one the caller may not change 403, and nothing is transferred.
     */
    public List<Opportunity> transfer(List<Long> ids, long ownerId) {
        Viewer caller = viewer.get();
        Owner owner = owners.assignable(caller, "ownerId", ownerId);
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, Opportunity> found = opportunities.findAllById(distinct).stream()
                .collect(Collectors.toMap(Opportunity::getId, Function.identity()));
        for (long id : distinct) {
            Opportunity deal = found.get(id);
            if (deal == null || !access.canRead(caller, TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
                throw new OpportunityNotFound(id);
            }
            if (!access.canWrite(caller, TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
                throw new PermissionDenied("opportunity:transfer");
            }
        }
        List<Opportunity> moved = new ArrayList<>(distinct.size());
        for (long id : distinct) {
            Opportunity deal = found.get(id);
            Changes changes = Changes.none().field("ownerId", deal.getOwnerId(), owner.userId())
                    .field("ownerDeptId", deal.getOwnerDeptId(), owner.departmentId());
            deal.transferTo(owner, clock.instant());
            operations.record(ENTITY, id, "TRANSFER", "to user " + owner.userId(), changes);
            moved.add(deal);
        }
        opportunities.saveAllAndFlush(moved);
        log.info("{} opportunities transferred to user {}", moved.size(), owner.userId());
        return moved;
    }

    /** Deletes the deal and, by cascade in the database, its stage moves and product lines. */
    public void delete(long id) {
        Opportunity deal = reads.editable(id);
        opportunities.delete(deal);
        opportunities.flush();
        operations.record(ENTITY, id, "DELETE", deal.getName(), Changes.none());
        log.info("Opportunity {} deleted", id);
    }
}
