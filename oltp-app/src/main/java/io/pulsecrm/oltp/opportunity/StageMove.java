package io.pulsecrm.oltp.opportunity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The recorded fact of one stage move; written once, never changed. */
@Entity
@Table(name = "opportunity_stage_move")
public class StageMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long opportunityId;
    private long fromStageId;
    private long toStageId;
    private Instant movedAt;

    protected StageMove() {
    }

    static StageMove of(StageMoved event) {
        StageMove move = new StageMove();
        move.opportunityId = event.opportunityId();
        move.fromStageId = event.fromStageId();
        move.toStageId = event.toStageId();
        move.movedAt = event.movedAt();
        return move;
    }

    public Long getId() {
        return id;
    }

    public long getOpportunityId() {
        return opportunityId;
    }

    public long getFromStageId() {
        return fromStageId;
    }

    public long getToStageId() {
        return toStageId;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
