package io.pulsecrm.oltp.stage;

import java.math.BigDecimal;

/**
 * Where the open deals of a stage count in the sales forecast (closed deals are counted by their outcome instead).
 * An admin chooses it per stage; a stage defined without one gets {@link #byWinRate}, as V34 gave existing stages.
 */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT;

    private static final BigDecimal COMMIT_FROM = BigDecimal.valueOf(70);
    private static final BigDecimal BEST_CASE_FROM = BigDecimal.valueOf(40);

    /** The default: 70 % and more commit, 40 % and more best case, below that pipeline (the V34 trigger's rule). */
    public static ForecastCategory byWinRate(BigDecimal winRate) {
        if (winRate.compareTo(COMMIT_FROM) >= 0) {
            return COMMIT;
        }
        return winRate.compareTo(BEST_CASE_FROM) >= 0 ? BEST_CASE : PIPELINE;
    }
}
