package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;
import java.time.Clock;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the receivable feature does with contracts: read one, and lock one ({@code select ... for
 * update}) before planning or receiving money on it, so that concurrent plans and receipts are
 * checked one after the other against the amounts the previous one committed. The contract's
 * received amount is kept here, by its own aggregate.
 */
@Component
public class ContractMoney {

    private final ContractRepository contracts;
    private final ContractService reads;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Clock clock;

    ContractMoney(ContractRepository contracts, ContractService reads, OperationLog operations, CurrentViewer viewer,
            RecordAccess access, Clock clock) {
        this.contracts = contracts;
        this.reads = reads;
        this.operations = operations;
        this.viewer = viewer;
        this.access = access;
        this.clock = clock;
    }

    /** The contract in a path: 404 unless the caller may read it. */
    @Transactional(readOnly = true)
    public ContractFacts readable(long id) {
        return reads.get(id).facts();
    }

    /** The contract in a path, locked: 404 unless readable, 403 unless the caller may change it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractFacts lockWritable(long id) {
        return reads.writable(locked(id), "contract:edit").facts();
    }

    /** The contract a request body names in {@code field}, locked: 400 if missing, 403 unless the caller may change it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractFacts lockReferenced(String field, long id) {
        Contract contract = contracts.lockById(id)
                .orElseThrow(() -> new UnknownReference(field, "contract %d does not exist".formatted(id)));
        Viewer caller = viewer.get();
        if (!access.canWrite(caller, TeamEntity.CONTRACT, id, contract.getOwnerId())) {
            throw PermissionDenied.outOfScope(field);
        }
        return contract.facts();
    }

    /** The contract, locked, without an access check: the caller checked access to what belongs to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractFacts lock(long id) {
        return locked(id).facts();
    }

    /** Money received on the (locked) contract: refused unless approved and still due. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractFacts receive(long id, BigDecimal amount, String receiptNumber) {
        Contract contract = locked(id);
        BigDecimal before = contract.getReceivedAmount();
        contract.receive(amount, clock.instant());
        contracts.saveAndFlush(contract);
        operations.record(ContractService.ENTITY, id, "UPDATE", "receipt " + receiptNumber,
                Changes.none().field("receivedAmount", before, contract.getReceivedAmount()));
        return contract.facts();
    }

    /** A receipt on the (locked) contract was deleted: its money no longer counts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractFacts unreceive(long id, BigDecimal amount, String receiptNumber) {
        Contract contract = locked(id);
        BigDecimal before = contract.getReceivedAmount();
        contract.unreceive(amount, clock.instant());
        contracts.saveAndFlush(contract);
        operations.record(ContractService.ENTITY, id, "UPDATE", "receipt " + receiptNumber + " deleted",
                Changes.none().field("receivedAmount", before, contract.getReceivedAmount()));
        return contract.facts();
    }

    /** Logs a change of the contract's payment plans on the contract's own history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void logPlans(long id, String summary, Changes changes) {
        operations.record(ContractService.ENTITY, id, "UPDATE", summary, changes);
    }

    private Contract locked(long id) {
        return contracts.lockById(id).orElseThrow(() -> new ContractNotFound(id));
    }
}
