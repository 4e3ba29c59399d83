package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;

/**
 * What a campaign spent and sourced.
 *
 * @param budgetLeft    budget minus costs; negative when overspent
 * @param leads         leads that carry this campaign
 * @param opportunities opportunities that carry this campaign
 */
public record CampaignTotals(BigDecimal costTotal, BigDecimal budgetLeft, long leads, long opportunities) {
}
