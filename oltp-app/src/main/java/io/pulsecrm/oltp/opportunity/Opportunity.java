package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.stage.OpportunityStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A deal under a customer. It guards its own life cycle: an open deal can be revised, priced from
 * product lines, moved between stages and closed as won (reason optional) or lost (reason
 * required); a closed deal changes only by being reopened. Its owner can change at any time.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    public static final int NAME_MAX = 200;
    public static final int LOST_REASON_MAX = 500;
    public static final int WON_REASON_MAX = 500;
    /** numeric(18, 2): 16 digits before the point. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private BigDecimal amount;
    private long stageId;
    @Enumerated(EnumType.STRING)
    private OpportunityStatus status;
    private String lostReason;
    private LocalDate expectedCloseDate;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;
    private Long customerId;
    private Long campaignId;
    private String wonReason;
    private long ownerId;
    private long ownerDeptId;
    private long createdBy;
    @Version
    private int version;

    protected Opportunity() {
    }

    /** Opens a deal of {@code owner} under the customer, sourced by the campaign (null: none). */
    public static Opportunity open(String name, BigDecimal amount, OpportunityStage stage,
            LocalDate expectedCloseDate, long customerId, Long campaignId, Owner owner, Instant now) {
        Opportunity deal = new Opportunity();
        deal.customerId = customerId;
        deal.campaignId = campaignId;
        deal.ownerId = owner.userId();
        deal.ownerDeptId = owner.departmentId();
        deal.createdBy = owner.userId();
        deal.status = OpportunityStatus.OPEN;
        deal.stageId = persisted(stage);
        deal.createdAt = now;
        deal.apply(name, amount, expectedCloseDate, now);
        return deal;
    }

    /** Changes what the rep knows about the deal; a closed deal must be reopened first. */
    public void revise(String name, BigDecimal amount, LocalDate expectedCloseDate, Instant now) {
        requireOpen("revised");
        apply(name, amount, expectedCloseDate, now);
    }

    /** Moves the deal to {@code stage}; moving to the stage it is in changes nothing. */
    public Optional<StageMoved> moveTo(OpportunityStage stage, Instant now) {
        requireOpen("moved");
        long target = persisted(stage);
        if (target == stageId) {
            return Optional.empty();
        }
        StageMoved moved = new StageMoved(Objects.requireNonNull(id, "save the opportunity before moving it"),
                stageId, target, now);
        stageId = target;
        updatedAt = now;
        return Optional.of(moved);
    }

    /** Closes the deal as won; the reason (why we won) is optional. */
    public void markWon(String reason, Instant now) {
        requireOpen("won");
        boolean given = reason != null && !reason.isBlank();
        if (given) {
            new FieldChecks().text(reason, "reason", WON_REASON_MAX).orThrow(InvalidOpportunity::new);
        }
        close(OpportunityStatus.WON, null, now);
        wonReason = given ? reason.strip() : null;
    }

    public void markLost(String reason, Instant now) {
        requireOpen("lost");
        new FieldChecks().text(reason, "reason", LOST_REASON_MAX).orThrow(InvalidOpportunity::new);
        close(OpportunityStatus.LOST, reason.strip(), now);
    }

    /** Takes the amount from the deal's product lines (their sum, computed by the server). */
    public void priceFromLines(BigDecimal total, Instant now) {
        requireOpen("given products");
        new FieldChecks().decimal(total, "lines", BigDecimal.ZERO, AMOUNT_MAX, 2).orThrow(InvalidOpportunity::new);
        amount = total.setScale(2, RoundingMode.UNNECESSARY);
        updatedAt = now;
    }

    /** Hands the deal to another owner, attributed to the department they sit in now. */
    public void transferTo(Owner owner, Instant now) {
        ownerId = owner.userId();
        ownerDeptId = owner.departmentId();
        updatedAt = now;
    }

    /** Puts a won or lost deal back into play, in the stage it was closed in. */
    public void reopen(Instant now) {
        if (!status.isClosed()) {
            throw new OpportunityNotClosed(id);
        }
        status = OpportunityStatus.OPEN;
        lostReason = null;
        wonReason = null;
        closedAt = null;
        updatedAt = now;
    }

    private void apply(String name, BigDecimal amount, LocalDate expectedCloseDate, Instant now) {
        new FieldChecks()
                .text(name, "name", NAME_MAX)
                .decimal(amount, "amount", BigDecimal.ZERO, AMOUNT_MAX, 2)
                .orThrow(InvalidOpportunity::new);
        this.name = name.strip();
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.expectedCloseDate = expectedCloseDate;
        this.updatedAt = now;
    }

    private void close(OpportunityStatus outcome, String reason, Instant now) {
        status = outcome;
        lostReason = reason;
        closedAt = now;
        updatedAt = now;
    }

    private void requireOpen(String change) {
        if (status.isClosed()) {
            throw new OpportunityClosed(id, status, change);
        }
    }

    private static long persisted(OpportunityStage stage) {
        return Objects.requireNonNull(stage.getId(), "the stage must be saved before deals refer to it");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getStageId() {
        return stageId;
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public String getLostReason() {
        return lostReason;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getWonReason() {
        return wonReason;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOwnerDeptId() {
        return ownerDeptId;
    }

    public int getVersion() {
        return version;
    }
}
