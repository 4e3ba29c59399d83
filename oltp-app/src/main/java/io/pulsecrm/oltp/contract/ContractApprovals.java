package io.pulsecrm.oltp.contract;

import java.time.Clock;
import java.time.Instant;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting contracts and deciding on them. Every decision writes an approval_record and an
 * operation log line in the same transaction; an approval of the last step marks the customer as
 * having a deal.
 */
@Service
@Transactional
public class ContractApprovals {

    public static final int COMMENT_MAX = 1000;
    private static final Logger log = LoggerFactory.getLogger(ContractApprovals.class);
    private static final String ENTITY = ContractService.ENTITY;

    private final ContractService reads;
    private final ContractRepository contracts;
    private final ApprovalFlowService flows;
    private final ApprovalRecords records;
    private final Approvers approvers;
    private final CustomerDeals customers;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final Clock clock;

    ContractApprovals(ContractService reads, ContractRepository contracts, ApprovalFlowService flows,
            ApprovalRecords records, Approvers approvers, CustomerDeals customers, OperationLog operations,
            CurrentViewer viewer, Clock clock) {
        this.reads = reads;
        this.contracts = contracts;
        this.flows = flows;
        this.records = records;
        this.approvers = approvers;
        this.customers = customers;
        this.operations = operations;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** Submits to the enabled flow (step 1), or approves at once when no flow is enabled. */
    public Contract submit(long id, int version) {
        Contract contract = reads.editable(id);
        StaleVersion.check("contract", id, version, contract.getVersion());
        ContractStatus was = contract.getStatus();
        ApprovalRoute route = flows.enabledRoute().orElse(null);
        Instant now = clock.instant();
        contract.submit(route, now);
        contracts.saveAndFlush(contract);
        records.write(id, 0, viewer.get().userId(), "SUBMITTED", null, now);
        String summary = route == null ? "approved at once: no approval flow is enabled"
                : "waits for step 1 of " + route.size();
        operations.record(ENTITY, id, "SUBMIT", summary, Changes.none().field("status", was, contract.getStatus()));
        if (route == null) {
            approved(contract, now);
        }
        log.info("Contract {} submitted, now {}", id, contract.getStatus());
        return contract;
    }

    /** Approves the current step: the next step waits, or the contract is approved after the last. */
    public Contract approve(long id, String comment, int version) {
        new FieldChecks().require(comment == null || comment.strip().length() <= COMMENT_MAX, "comment",
                "must be at most 1000 characters").orThrow(InvalidContract::new);
        Contract contract = decidable(id, version);
        int step = contract.getCurrentStep();
        Instant now = clock.instant();
        boolean last = contract.approve(flows.route(contract.getFlowId()), now);
        contracts.saveAndFlush(contract);
        records.write(id, step, viewer.get().userId(), "APPROVED", blankToNull(comment), now);
        operations.record(ENTITY, id, "APPROVE", "step " + step + (comment == null ? "" : ": " + comment.strip()),
                Changes.none().field("currentStep", step, contract.getCurrentStep())
                        .field("status", ContractStatus.PENDING_APPROVAL, contract.getStatus()));
        if (last) {
            approved(contract, now);
        }
        log.info("Contract {} approved at step {}{}", id, step, last ? " (final)" : "");
        return contract;
    }

    /** Rejects the contract at its current step: back to its owner for rework. */
    public Contract reject(long id, String comment, int version) {
        new FieldChecks().text(comment, "comment", COMMENT_MAX).orThrow(InvalidContract::new);
        Contract contract = decidable(id, version);
        int step = contract.getCurrentStep();
        Instant now = clock.instant();
        contract.reject(now);
        contracts.saveAndFlush(contract);
        records.write(id, step, viewer.get().userId(), "REJECTED", comment.strip(), now);
        operations.record(ENTITY, id, "REJECT", "step " + step + ": " + comment.strip(),
                Changes.none().field("status", ContractStatus.PENDING_APPROVAL, ContractStatus.REJECTED));
        log.info("Contract {} rejected at step {}", id, step);
        return contract;
    }

    /**
     * The contract if the caller is who its current step waits for: 404 when they may not even see
     * it, 409 when nothing waits, 403 when someone else's decision is awaited.
     */
    private Contract decidable(long id, int version) {
        Viewer caller = viewer.get();
        Contract contract = reads.get(id);
        if (contract.getStatus() != ContractStatus.PENDING_APPROVAL) {
            throw new ContractNotPending(id, contract.getStatus());
        }
        if (!approvers.awaits(contract, caller)) {
            throw new NotCurrentApprover(id, contract.getCurrentStep());
        }
        StaleVersion.check("contract", id, version, contract.getVersion());
        return contract;
    }

    private void approved(Contract contract, Instant now) {
        customers.markDeal(contract.getCustomerId(), now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
