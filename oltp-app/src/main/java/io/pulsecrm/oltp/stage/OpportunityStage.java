package io.pulsecrm.oltp.stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
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
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected OpportunityStage() {
    }

    public static OpportunityStage define(String name, int position, BigDecimal winRate, Instant now) {
        OpportunityStage stage = new OpportunityStage();
        stage.createdAt = now;
        stage.apply(name, position, winRate, now);
        return stage;
    }

    public void revise(String name, int position, BigDecimal winRate, Instant now) {
        apply(name, position, winRate, now);
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
