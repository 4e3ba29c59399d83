package io.pulsecrm.oltp.stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A step of the sales pipeline. Its win rate weighs the open amount in forecasts. */
@Entity
@Table(name = "opportunity_stage")
public class OpportunityStage {

    public static final int NAME_MAX = 64;
    public static final int POSITION_MAX = 100_000;
    static final BigDecimal WIN_RATE_MAX = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int position;
    private BigDecimal winRate;
    @Enumerated(EnumType.STRING)
    private ForecastCategory forecastCategory;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected OpportunityStage() {
    }

    /** A new stage; without a forecast category it gets the one its win rate implies. */
    public static OpportunityStage define(String name, int position, BigDecimal winRate, ForecastCategory category,
            Instant now) {
        OpportunityStage stage = new OpportunityStage();
        stage.createdAt = now;
        stage.apply(name, position, winRate, now);
        stage.forecastCategory = category != null ? category : ForecastCategory.byWinRate(stage.winRate);
        return stage;
    }

    /** Revises the stage; without a forecast category it keeps the one it has (an admin's choice stays). */
    public void revise(String name, int position, BigDecimal winRate, ForecastCategory category, Instant now) {
        apply(name, position, winRate, now);
        if (category != null) {
            this.forecastCategory = category;
        }
    }

    private void apply(String name, int position, BigDecimal winRate, Instant now) {
        new FieldChecks()
                .text(name, "name", NAME_MAX)
                .require(position >= 0 && position <= POSITION_MAX, "position",
                        "must be between 0 and " + POSITION_MAX)
                .decimal(winRate, "winRate", BigDecimal.ZERO, WIN_RATE_MAX, 2)
                .orThrow(InvalidStage::new);
        this.name = name.strip();
        this.position = position;
        this.winRate = winRate.setScale(2, RoundingMode.UNNECESSARY);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    /** Percent, 0.00 to 100.00. */
    public BigDecimal getWinRate() {
        return winRate;
    }

    /** Where the stage's open deals count in the forecast. */
    public ForecastCategory getForecastCategory() {
        return forecastCategory;
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
