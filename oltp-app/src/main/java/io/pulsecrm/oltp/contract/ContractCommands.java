package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.opportunity.OpportunityRef;
import io.pulsecrm.oltp.opportunity.OpportunityService;
import io.pulsecrm.oltp.product.LineInput;
import io.pulsecrm.oltp.product.PricedLine;
import io.pulsecrm.oltp.product.ProductCatalog;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, revising and deleting contracts and cancelling approved ones; each in one transaction, logged in it. */
@Service
@Transactional
public class ContractCommands {

    static final int LINES_MAX = 200;
    private static final Logger log = LoggerFactory.getLogger(ContractCommands.class);
    private static final String ENTITY = ContractService.ENTITY;

    private final ContractService reads;
    private final ContractRepository contracts;
    private final ContractLines lines;
    private final ApprovalRecords records;
    private final CustomerDeals customers;
    private final OpportunityService opportunities;
    private final ProductCatalog catalog;
    private final DocumentNumbers numbers;
    private final List<ContractPlans> plans;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final Clock clock;

    ContractCommands(ContractService reads, ContractRepository contracts, ContractLines lines, ApprovalRecords records,
            CustomerDeals customers, OpportunityService opportunities, ProductCatalog catalog, DocumentNumbers numbers,
            List<ContractPlans> plans, OperationLog operations, CurrentViewer viewer, Owners owners, Clock clock) {
        this.reads = reads;
        this.contracts = contracts;
        this.lines = lines;
        this.records = records;
        this.customers = customers;
        this.opportunities = opportunities;
        this.catalog = catalog;
        this.numbers = numbers;
        this.plans = plans;
        this.operations = operations;
        this.viewer = viewer;
        this.owners = owners;
        this.clock = clock;
    }

    /** Drafts a contract of the caller; everything is checked before the first row is written. */
    public Contract create(ContractDraft draft) {
        Viewer caller = viewer.get();
        Contract.check(draft.terms());
        String number = draft.number() == null ? null : draft.number().strip();
        if (number != null) {
            new FieldChecks().require(number.matches("[A-Za-z0-9._/-]{1,40}"), "number",
                    "must be 1 to 40 letters, digits or . _ / -").orThrow(InvalidContract::new);
            if (contracts.numberTaken(number)) {
                throw new ContractNumberTaken(number);
            }
        }
        OpportunityRef deal = draft.opportunityId() == null ? null
                : opportunities.referencedBy("opportunityId", draft.opportunityId());
        long customerId = customerOf(draft.customerId(), deal);
        customers.requireReadable(caller, "customerId", customerId);
        List<LineInput> requested = draft.lines() != null ? draft.lines() : deal != null ? deal.lines() : List.of();
        List<PricedLine> priced = price(requested, Set.of());
        String assigned = number != null ? number : numbers.next("HT", contracts::numberTaken);
        Contract contract = contracts.saveAndFlush(Contract.draft(assigned, draft.terms(), PricedLine.total(priced),
                customerId, draft.opportunityId(), owners.self(caller), clock.instant()));
        lines.replace(contract.getId(), priced);
        operations.record(ENTITY, contract.getId(), "CREATE", contract.getNumber(), Changes.none()
                .field("customerId", null, customerId).field("totalAmount", null, contract.getTotalAmount()));
        log.info("Contract {} drafted for customer {} with {} lines", contract.getId(), customerId, priced.size());
        return contract;
    }

    /** Revises a draft or rejected contract; its total may not drop below what its plans plan. */
    public Contract revise(long id, ContractTerms terms, List<LineInput> requested, int version) {
        // locked first: a payment plan created meanwhile cannot slip past the check below
        Contract contract = reads.writable(contracts.lockById(id).orElseThrow(() -> new ContractNotFound(id)),
                "contract:edit");
        StaleVersion.check("contract", id, version, contract.getVersion());
        Contract.check(terms);
        List<PricedLine> priced = price(requested, lines.productIds(id));
        BigDecimal total = PricedLine.total(priced);
        BigDecimal planned = plans.stream().map(p -> p.plannedFor(id)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(planned) < 0) {
            throw new TotalBelowPlans(id, total, planned);
        }
        Changes changes = Changes.none().field("name", contract.getName(), terms.name().strip())
                .field("signedOn", contract.getSignedOn(), terms.signedOn())
                .field("startDate", contract.getStartDate(), terms.startDate())
                .field("endDate", contract.getEndDate(), terms.endDate())
                .field("totalAmount", contract.getTotalAmount(), total);
        contract.revise(terms, total, clock.instant());
        lines.replace(id, priced);
        contracts.saveAndFlush(contract);
        operations.record(ENTITY, id, "UPDATE", contract.getNumber(), changes);
        return contract;
    }

    /** Deletes a draft or rejected contract with its lines, plans and approval history. */
    public void delete(long id) {
        Contract contract = reads.writable(contracts.lockById(id).orElseThrow(() -> new ContractNotFound(id)),
                "contract:delete");
        if (!contract.getStatus().isEditable()) {
            throw new ContractNotEditable(id, contract.getStatus(), "deleted");
        }
        records.deleteOf(id);
        contracts.delete(contract);
        contracts.flush();
        operations.record(ENTITY, id, "DELETE", contract.getNumber(), Changes.none());
        log.info("Contract {} deleted", id);
    }

    /** Cancels an approved contract nothing was received on (locked: no receipt can slip in meanwhile). */
    public Contract cancel(long id, int version) {
        Contract contract = reads.writable(contracts.lockById(id).orElseThrow(() -> new ContractNotFound(id)),
                "contract:delete");
        StaleVersion.check("contract", id, version, contract.getVersion());
        contract.cancel(clock.instant());
        contracts.saveAndFlush(contract);
        operations.record(ENTITY, id, "UPDATE", "cancelled",
                Changes.none().field("status", ContractStatus.APPROVED, ContractStatus.CANCELLED));
        log.info("Contract {} cancelled", id);
        return contract;
    }

    private long customerOf(Long requested, OpportunityRef deal) {
        if (deal == null) {
            if (requested == null) {
                throw new InvalidContract("customerId", "is required unless the contract is made from an opportunity");
            }
            return requested;
        }
        if (deal.customerId() == null) {
            throw new InvalidContract("opportunityId", "opportunity %d has no customer".formatted(deal.id()));
        }
        if (requested != null && !requested.equals(deal.customerId())) {
            throw new InvalidContract("customerId", "must be the customer of opportunity %d (%d)"
                    .formatted(deal.id(), deal.customerId()));
        }
        return deal.customerId();
    }

    private List<PricedLine> price(List<LineInput> requested, Set<Long> kept) {
        new FieldChecks().require(!requested.isEmpty() && requested.size() <= LINES_MAX, "lines",
                "must have 1 to 200 lines").orThrow(InvalidContract::new);
        return catalog.price("lines", requested, kept);
    }
}
