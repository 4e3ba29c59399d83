package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.identity.Owner;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A campaign. It guards its life cycle: only the transitions of {@link CampaignStatus}, no edits once closed. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private CampaignChannel channel;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    private BigDecimal budget;
    private LocalDate startDate;
    private LocalDate endDate;
    private String description;
    private long ownerId;
    private long ownerDeptId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Campaign() {
    }

    static Campaign plan(CampaignPlan plan, Owner owner, Instant now) {
        Campaign campaign = new Campaign();
        campaign.status = CampaignStatus.PLANNED;
        campaign.ownerId = owner.userId();
        campaign.ownerDeptId = owner.departmentId();
        campaign.createdAt = now;
        campaign.apply(plan.checked(), now);
        return campaign;
    }

    /**
     * Replaces the plan of a campaign that is not closed. {@code earliestCost} is the first day a
     * cost was booked: the period may not start after it.
     */
    void revise(CampaignPlan plan, LocalDate earliestCost, Instant now) {
        if (status.isClosed()) {
            throw CampaignConflict.closed(id, status);
        }
        CampaignPlan checked = plan.checked();
        if (earliestCost != null && checked.startDate().isAfter(earliestCost)) {
            throw new InvalidCampaign("startDate", "must not be after %s, when a cost was incurred".formatted(earliestCost));
        }
        apply(checked, now);
    }

    void moveTo(CampaignStatus target, Instant now) {
        if (!status.canBecome(target)) {
            throw CampaignConflict.transition(id, status, target);
        }
        status = target;
        updatedAt = now;
    }

    private void apply(CampaignPlan plan, Instant now) {
        name = plan.name();
        channel = plan.channel();
        budget = plan.budget();
        startDate = plan.startDate();
        endDate = plan.endDate();
        description = plan.description();
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDescription() {
        return description;
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
