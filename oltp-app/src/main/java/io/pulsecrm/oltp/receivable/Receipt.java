package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.contract.ContractFacts;
import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Money received on a contract (回款), owned as the contract is. */
@Entity
@Table(name = "receipt")
public class Receipt {

    static final int REMARK_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private long contractId;
    private Long planId;
    private long customerId;
    private BigDecimal amount;
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private String remark;
    private long ownerId;
    private long ownerDeptId;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Receipt() {
    }

    /** Checks the receipt's own fields: amount more than 0 in cents, a date, a method. */
    static void check(ReceiptTerms terms) {
        new FieldChecks()
                .decimal(terms.amount(), "amount", new BigDecimal("0.01"), PaymentPlan.AMOUNT_MAX, 2)
                .require(terms.receivedOn() != null, "receivedOn", "is required")
                .require(terms.method() != null, "method", "is required")
                .require(terms.remark() == null || terms.remark().strip().length() <= REMARK_MAX, "remark",
                        "must be at most 1000 characters")
                .orThrow(InvalidReceivable::new);
    }

    static Receipt record(String number, ContractFacts contract, ReceiptTerms terms, long createdBy, Instant now) {
        check(terms);
        Receipt receipt = new Receipt();
        receipt.number = number;
        receipt.contractId = contract.id();
        receipt.planId = terms.planId();
        receipt.customerId = contract.customerId();
        receipt.amount = terms.amount().setScale(2, RoundingMode.UNNECESSARY);
        receipt.receivedOn = terms.receivedOn();
        receipt.method = terms.method();
        receipt.remark = terms.remark() == null || terms.remark().isBlank() ? null : terms.remark().strip();
        receipt.ownerId = contract.ownerId();
        receipt.ownerDeptId = contract.ownerDeptId();
        receipt.createdBy = createdBy;
        receipt.createdAt = now;
        receipt.updatedAt = now;
        return receipt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getContractId() {
        return contractId;
    }

    public Long getPlanId() {
        return planId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
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
