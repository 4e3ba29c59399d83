package io.pulsecrm.oltp.campaign;

import java.util.Set;

/**
 * A campaign's life: planned, then running, then ended; it can be cancelled before it ends.
 * ENDED and CANCELLED are final.
 */
public enum CampaignStatus {
    PLANNED, ACTIVE, ENDED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(ACTIVE, CANCELLED);
            case ACTIVE -> Set.of(ENDED, CANCELLED);
            case ENDED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(CampaignStatus target) {
        return next().contains(target);
    }

    public boolean isClosed() {
        return next().isEmpty();
    }
}
