package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A contract (order). It guards its life cycle: terms and lines change only as a draft or once
 * rejected; submitted it waits at step 1 of its approval route (or is approved at once when no
 * flow is enabled); each approval moves it one step on until the last approves it; a rejection
 * sends it back for rework. Money is received on it only once approved and never beyond its total;
 * an approved contract with nothing received can be cancelled.
 */
@Entity
@Table(name = "contract")
public class Contract {

    public static final int NAME_MAX = 200;
    public static final int REMARK_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String name;
    private long customerId;
    private Long opportunityId;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private LocalDate signedOn;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal totalAmount;
    private BigDecimal receivedAmount;
    private String remark;
    private Long flowId;
    private Integer currentStep;
    private Instant submittedAt;
    private Instant decidedAt;
    private long ownerId;
    private long ownerDeptId;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Contract() {
    }

    /** A new draft of {@code owner}, for the customer (and the deal it came from, if any). */
    public static Contract draft(String number, ContractTerms terms, BigDecimal total, long customerId,
            Long opportunityId, Owner owner, Instant now) {
        Contract contract = new Contract();
        contract.number = number;
        contract.customerId = customerId;
        contract.opportunityId = opportunityId;
        contract.status = ContractStatus.DRAFT;
        contract.receivedAmount = BigDecimal.ZERO.setScale(2);
        contract.ownerId = owner.userId();
        contract.ownerDeptId = owner.departmentId();
        contract.createdBy = owner.userId();
        contract.createdAt = now;
        contract.apply(terms, total, now);
        return contract;
    }

    /** Checks the terms on their own, before anything else is looked up or written. */
    static void check(ContractTerms terms) {
        new FieldChecks()
                .text(terms.name(), "name", NAME_MAX)
                .require(terms.signedOn() != null, "signedOn", "is required")
                .require(terms.startDate() == null || terms.endDate() == null
                        || !terms.endDate().isBefore(terms.startDate()), "endDate", "must not be before startDate")
                .require(terms.remark() == null || terms.remark().strip().length() <= REMARK_MAX, "remark",
                        "must be at most 2000 characters")
                .orThrow(InvalidContract::new);
    }

    public void revise(ContractTerms terms, BigDecimal total, Instant now) {
        requireEditable("edited");
        apply(terms, total, now);
    }

    private void apply(ContractTerms terms, BigDecimal total, Instant now) {
        check(terms);
        name = terms.name().strip();
        signedOn = terms.signedOn();
        startDate = terms.startDate();
        endDate = terms.endDate();
        remark = terms.remark() == null || terms.remark().isBlank() ? null : terms.remark().strip();
        totalAmount = total.setScale(2, RoundingMode.UNNECESSARY);
        updatedAt = now;
    }

    /** Submits for approval along {@code route}; without a route (no flow enabled) it is approved at once. */
    public void submit(ApprovalRoute route, Instant now) {
        requireEditable("submitted");
        submittedAt = now;
        updatedAt = now;
        if (route == null) {
            decide(ContractStatus.APPROVED, null, now);
            return;
        }
        status = ContractStatus.PENDING_APPROVAL;
        flowId = route.flowId();
        currentStep = 1;
        decidedAt = null;
    }

    /** Approves the current step: on to the next one, or approved after the last. Returns whether it is now approved. */
    public boolean approve(ApprovalRoute route, Instant now) {
        requirePending();
        updatedAt = now;
        if (currentStep < route.size()) {
            currentStep++;
            return false;
        }
        decide(ContractStatus.APPROVED, route.flowId(), now);
        return true;
    }

    public void reject(Instant now) {
        requirePending();
        updatedAt = now;
        decide(ContractStatus.REJECTED, flowId, now);
    }

    public void cancel(Instant now) {
        if (status != ContractStatus.APPROVED) {
            throw new ContractNotCancellable(id, "it is " + status + ", only an approved contract can be");
        }
        if (receivedAmount.signum() > 0) {
            throw new ContractNotCancellable(id, receivedAmount.toPlainString() + " has been received on it");
        }
        status = ContractStatus.CANCELLED;
        updatedAt = now;
    }

    public void transferTo(Owner owner, Instant now) {
        ownerId = owner.userId();
        ownerDeptId = owner.departmentId();
        updatedAt = now;
    }

    /** Money received: on an approved contract, never beyond what is still due. */
    public void receive(BigDecimal amount, Instant now) {
        if (status != ContractStatus.APPROVED) {
            throw new ContractNotApproved(id, status);
        }
        if (amount.signum() <= 0 || amount.compareTo(remaining()) > 0) {
            throw new OverReceipt("contract", amount, remaining());
        }
        receivedAmount = receivedAmount.add(amount);
        updatedAt = now;
    }

    /** A receipt withdrawn (deleted): its money no longer counts. */
    public void unreceive(BigDecimal amount, Instant now) {
        if (amount.compareTo(receivedAmount) > 0) {
            throw new IllegalStateException("contract %d received %s, cannot give back %s".formatted(id,
                    receivedAmount, amount));
        }
        receivedAmount = receivedAmount.subtract(amount);
        updatedAt = now;
    }

    public BigDecimal remaining() {
        return totalAmount.subtract(receivedAmount);
    }

    public ContractFacts facts() {
        return new ContractFacts(id, number, customerId, status, signedOn, totalAmount, receivedAmount, ownerId,
                ownerDeptId);
    }

    private void decide(ContractStatus outcome, Long flow, Instant now) {
        status = outcome;
        flowId = flow;
        currentStep = null;
        decidedAt = now;
    }

    private void requireEditable(String change) {
        if (!status.isEditable()) {
            throw new ContractNotEditable(id, status, change);
        }
    }

    private void requirePending() {
        if (status != ContractStatus.PENDING_APPROVAL) {
            throw new ContractNotPending(id, status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public String getRemark() {
        return remark;
    }

    public Long getFlowId() {
        return flowId;
    }

    public Integer getCurrentStep() {
        return currentStep;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOwnerDeptId() {
        return ownerDeptId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
