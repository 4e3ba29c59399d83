package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One campaign's return under one attribution model: what it cost, the leads it brought, the opportunities, won
 * revenue, approved contracts and cash received credited to it, and {@link #roi()}.
 *
 * @param startDate the day the campaign starts (its period, with {@code endDate}: the dashboard shows the campaigns
 *                  running in its days)
 */
public record CampaignRoi(long campaignId, String name, String channel, String status, long ownerId, long ownerDeptId,
                          LocalDate startDate, LocalDate endDate, BigDecimal cost, long leads, long opportunities, BigDecimal opportunityAmount, long won,
                          BigDecimal wonAmount, long contracts, BigDecimal contractAmount, long receipts,
                          BigDecimal received) {

    /** Decimal places of {@link #roi()}: a ratio, so 4 places are hundredths of a percent. */
    public static final int ROI_SCALE = 4;

    /**
     * (received − cost) / cost, rounded half up to {@link #ROI_SCALE} places from the exact sums; null when the
     * campaign cost nothing (no return can be a ratio of nothing). Cash received, not won revenue: ROI is money in.
     */
    public BigDecimal roi() {
        if (cost.signum() == 0) {
            return null;
        }
        return received.subtract(cost).divide(cost, ROI_SCALE, RoundingMode.HALF_UP);
    }
}
