package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.contract.ContractFacts;
import io.pulsecrm.oltp.contract.OverReceipt;
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
 * One instalment the customer is to pay on a contract (回款计划). It keeps what was received
 * against it, never more than its amount; its status follows from that and the calendar.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999999.99");
    static final int REMARK_MAX = 1000;
    static final int DEFAULT_REMINDER_DAYS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contractId;
    private int seq;
    private BigDecimal amount;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private int reminderDays;
    private BigDecimal receivedAmount;
    private String remark;
    private long ownerId;
    private long ownerDeptId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected PaymentPlan() {
    }

    /** The plan numbered {@code seq} of the contract, owned as the contract is. */
    static PaymentPlan plan(ContractFacts contract, int seq, PlanTerms terms, Instant now) {
        check(terms, contract.signedOn());
        PaymentPlan plan = new PaymentPlan();
        plan.contractId = contract.id();
        plan.seq = seq;
        plan.receivedAmount = BigDecimal.ZERO.setScale(2);
        plan.ownerId = contract.ownerId();
        plan.ownerDeptId = contract.ownerDeptId();
        plan.createdAt = now;
        plan.apply(terms, now);
        return plan;
    }

    /** Checks the terms on their own: amount more than 0 in cents, due no earlier than the signing. */
    static void check(PlanTerms terms, LocalDate signedOn) {
        FieldChecks checks = new FieldChecks()
                .decimal(terms.amount(), "amount", new BigDecimal("0.01"), AMOUNT_MAX, 2)
                .require(terms.dueDate() != null, "dueDate", "is required")
                .require(terms.method() != null, "method", "is required")
                .require(terms.reminderDays() == null || (terms.reminderDays() >= 0 && terms.reminderDays() <= 365),
                        "reminderDays", "must be between 0 and 365")
                .require(terms.remark() == null || terms.remark().strip().length() <= REMARK_MAX, "remark",
                        "must be at most 1000 characters");
        if (terms.dueDate() != null && signedOn != null) {
            checks.require(!terms.dueDate().isBefore(signedOn), "dueDate",
                    "must not be before the contract was signed (" + signedOn + ")");
        }
        checks.orThrow(InvalidReceivable::new);
    }

    void revise(PlanTerms terms, LocalDate signedOn, Instant now) {
        check(terms, signedOn);
        if (terms.amount().compareTo(receivedAmount) < 0) {
            throw new InvalidReceivable("amount", "must be at least the %s already received against this plan"
                    .formatted(receivedAmount.toPlainString()));
        }
        apply(terms, now);
    }

    private void apply(PlanTerms terms, Instant now) {
        amount = terms.amount().setScale(2, RoundingMode.UNNECESSARY);
        dueDate = terms.dueDate();
        method = terms.method();
        reminderDays = terms.reminderDays() == null ? DEFAULT_REMINDER_DAYS : terms.reminderDays();
        remark = terms.remark() == null || terms.remark().isBlank() ? null : terms.remark().strip();
        updatedAt = now;
    }

    /** Money received against this plan: never beyond what is still due on it. */
    void receive(BigDecimal money, Instant now) {
        if (money.signum() <= 0 || money.compareTo(remaining()) > 0) {
            throw new OverReceipt("payment plan", money, remaining());
        }
        receivedAmount = receivedAmount.add(money);
        updatedAt = now;
    }

    void unreceive(BigDecimal money, Instant now) {
        if (money.compareTo(receivedAmount) > 0) {
            throw new IllegalStateException("plan %d received %s, cannot give back %s".formatted(id, receivedAmount,
                    money));
        }
        receivedAmount = receivedAmount.subtract(money);
        updatedAt = now;
    }

    public BigDecimal remaining() {
        return amount.subtract(receivedAmount);
    }

    public PlanStatus status(LocalDate today) {
        return PlanStatus.of(amount, receivedAmount, dueDate, today);
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public int getSeq() {
        return seq;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public String getRemark() {
        return remark;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOwnerDeptId() {
        return ownerDeptId;
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
