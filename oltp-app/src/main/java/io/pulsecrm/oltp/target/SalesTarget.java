package io.pulsecrm.oltp.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The targets of one user or department for one month. */
@Entity
@Table(name = "sales_target")
class SalesTarget {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    private int month;
    private Long userId;
    private Long departmentId;
    private BigDecimal contractAmount;
    private BigDecimal receiptAmount;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected SalesTarget() {
    }

    static SalesTarget of(TargetKind kind, long whose, int year, int month, Instant now) {
        SalesTarget target = new SalesTarget();
        target.year = year;
        target.month = month;
        target.userId = kind == TargetKind.USER ? whose : null;
        target.departmentId = kind == TargetKind.DEPARTMENT ? whose : null;
        target.contractAmount = ZERO;
        target.receiptAmount = ZERO;
        target.createdAt = now;
        target.updatedAt = now;
        return target;
    }

    /** Sets the amounts (already checked); answers whether anything changed. */
    boolean set(BigDecimal contract, BigDecimal receipt, Instant now) {
        BigDecimal c = contract.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal r = receipt.setScale(2, RoundingMode.UNNECESSARY);
        if (id != null && c.compareTo(contractAmount) == 0 && r.compareTo(receiptAmount) == 0) {
            return false;
        }
        contractAmount = c;
        receiptAmount = r;
        updatedAt = now;
        return true;
    }

    MonthRow row() {
        return new MonthRow(month, id, contractAmount, receiptAmount, version);
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    int getMonth() {
        return month;
    }

    BigDecimal getContractAmount() {
        return contractAmount;
    }

    BigDecimal getReceiptAmount() {
        return receiptAmount;
    }

    int getVersion() {
        return version;
    }
}
