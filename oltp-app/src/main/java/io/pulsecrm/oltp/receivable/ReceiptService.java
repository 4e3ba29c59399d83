package io.pulsecrm.oltp.receivable;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.contract.ContractFacts;
import io.pulsecrm.oltp.contract.ContractMoney;
import io.pulsecrm.oltp.contract.DocumentNumbers;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts (回款). Recording one and deleting one run under the contract's row lock and move the
 * plan's and the contract's received amounts in the same transaction: two receipts at once are
 * checked one after the other, so a contract (or plan) is never received beyond its amount.
 */
@Service
@Transactional
public class ReceiptService {

    static final String ENTITY = "RECEIPT";
    private static final Logger log = LoggerFactory.getLogger(ReceiptService.class);

    private final ReceiptRepository receipts;
    private final PaymentPlanRepository plans;
    private final ReceiptQueries queries;
    private final ContractMoney contracts;
    private final DocumentNumbers numbers;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Clock clock;

    ReceiptService(ReceiptRepository receipts, PaymentPlanRepository plans, ReceiptQueries queries,
            ContractMoney contracts, DocumentNumbers numbers, OperationLog operations, CurrentViewer viewer,
            RecordAccess access, Clock clock) {
        this.receipts = receipts;
        this.plans = plans;
        this.queries = queries;
        this.contracts = contracts;
        this.numbers = numbers;
        this.operations = operations;
        this.viewer = viewer;
        this.access = access;
        this.clock = clock;
    }

    /** The receipt if the caller may see it (its owner in scope, or on its contract's team), else 404. */
    @Transactional(readOnly = true)
    public Receipt get(long id) {
        Receipt receipt = receipts.findById(id).orElseThrow(() -> new ReceiptNotFound(id));
        if (!access.canRead(viewer.get(), TeamEntity.CONTRACT, receipt.getContractId(), receipt.getOwnerId())) {
            throw new ReceiptNotFound(id);
        }
        return receipt;
    }

    @Transactional(readOnly = true)
    public PageResponse<Receipt> list(ReceiptFilter filter, Sort sort, int page, int size) {
        ReceiptQueries.PageOfIds found = queries.page(viewer.get().filter(TeamEntity.CONTRACT), filter, sort, page,
                size);
        Map<Long, Receipt> byId = receipts.findAllById(found.ids()).stream()
                .collect(Collectors.toMap(Receipt::getId, Function.identity()));
        return ListQuery.page(found.ids().stream().map(byId::get).toList(), page, size, found.total());
    }

    @Transactional(readOnly = true)
    public List<LogEntry> logs(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    /**
     * Records money received on an approved contract the caller may change, against one of its
     * plans or none; refused (409, naming {@code amount}) beyond what the plan or the contract still expects.
     */
    public Receipt create(ReceiptTerms terms) {
        Receipt.check(terms);
        ContractFacts contract = contracts.lockReferenced("contractId", terms.contractId());
        PaymentPlan plan = terms.planId() == null ? null : plans.findByIdAndContractId(terms.planId(), contract.id())
                .orElseThrow(() -> new InvalidReceivable("planId", "contract %d has no payment plan %d"
                        .formatted(contract.id(), terms.planId())));
        String number = numbers.next("HK", receipts::numberTaken);
        contracts.receive(contract.id(), terms.amount(), number);
        if (plan != null) {
            plan.receive(terms.amount(), clock.instant());
            plans.saveAndFlush(plan);
        }
        Receipt receipt = receipts.saveAndFlush(Receipt.record(number, contract, terms, viewer.get().userId(),
                clock.instant()));
        operations.record(ENTITY, receipt.getId(), "CREATE", number, Changes.none()
                .field("amount", null, receipt.getAmount()).field("contractId", null, contract.id())
                .field("planId", null, receipt.getPlanId()));
        log.info("Receipt {} of contract {} recorded", receipt.getId(), contract.id());
        return receipt;
    }

    /** Deletes a receipt; the plan and the contract no longer count its money. */
    public void delete(long id) {
        Receipt seen = get(id);
        // lock the contract before reading any amount it guards, then read the receipt again under it
        contracts.lock(seen.getContractId());
        Receipt receipt = receipts.findById(id).orElseThrow(() -> new ReceiptNotFound(id));
        Viewer caller = viewer.get();
        if (!access.canWrite(caller, TeamEntity.CONTRACT, receipt.getContractId(), receipt.getOwnerId())) {
            throw new PermissionDenied("receipt:delete");
        }
        if (receipt.getPlanId() != null) {
            PaymentPlan plan = plans.findById(receipt.getPlanId()).orElseThrow();
            plan.unreceive(receipt.getAmount(), clock.instant());
            plans.saveAndFlush(plan);
        }
        contracts.unreceive(receipt.getContractId(), receipt.getAmount(), receipt.getNumber());
        receipts.delete(receipt);
        receipts.flush();
        operations.record(ENTITY, id, "DELETE", receipt.getNumber(),
                Changes.none().field("amount", receipt.getAmount(), null));
        log.info("Receipt {} of contract {} deleted", id, receipt.getContractId());
    }
}
