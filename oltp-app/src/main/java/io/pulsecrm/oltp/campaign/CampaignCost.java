package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money a campaign spent on a day. Costs may arrive after the campaign ends, never before it starts. */
@Entity
@Table(name = "campaign_cost")
public class CampaignCost {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long campaignId;
    private BigDecimal amount;
    private LocalDate incurredOn;
    private String note;
    private long createdBy;
    private Instant createdAt;

    protected CampaignCost() {
    }

    static CampaignCost book(Campaign campaign, BigDecimal amount, LocalDate incurredOn, String note, long by,
            Instant now) {
        String text = note == null || note.isBlank() ? null : note.strip();
        new FieldChecks()
                .decimal(amount, "amount", BigDecimal.ZERO, CampaignPlan.MONEY_MAX, 2)
                .require(incurredOn != null, "incurredOn", "is required")
                .require(incurredOn == null || !incurredOn.isBefore(campaign.getStartDate()), "incurredOn",
                        "must not be before the campaign starts (%s)".formatted(campaign.getStartDate()))
                .require(text == null || text.codePointCount(0, text.length()) <= NOTE_MAX, "note",
                        "must be at most %d characters".formatted(NOTE_MAX))
                .orThrow(InvalidCampaign::new);
        CampaignCost cost = new CampaignCost();
        cost.campaignId = campaign.getId();
        cost.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        cost.incurredOn = incurredOn;
        cost.note = text;
        cost.createdBy = by;
        cost.createdAt = now;
        return cost;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getIncurredOn() {
        return incurredOn;
    }

    public String getNote() {
        return note;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
