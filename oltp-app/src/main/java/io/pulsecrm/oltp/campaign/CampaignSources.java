package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sums a campaign's costs and counts what it sourced. Leads, customers and opportunities belong to
 * other features; their campaign_id columns are read here by SQL only, through their indexes.
 */
@Component
class CampaignSources {

    private final JdbcClient jdbc;

    CampaignSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CampaignTotals totals(Campaign campaign) {
        BigDecimal spent = costs(List.of(campaign.getId())).getOrDefault(campaign.getId(), BigDecimal.ZERO);
        long leads = jdbc.sql("select count(*) from lead where campaign_id = :id").param("id", campaign.getId())
                .query(Long.class).single();
        long opportunities = jdbc.sql("select count(*) from opportunity where campaign_id = :id")
                .param("id", campaign.getId()).query(Long.class).single();
        return new CampaignTotals(spent, campaign.getBudget().subtract(spent), leads, opportunities);
    }

    /** The cost sums of many campaigns in one query (a list page). */
    Map<Long, BigDecimal> costs(Collection<Long> campaignIds) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return sums;
        }
        jdbc.sql("""
                select campaign_id, sum(amount) as spent from campaign_cost
                where campaign_id = any(:ids) group by campaign_id""")
                .param("ids", campaignIds.toArray(Long[]::new))
                .query(rs -> {
                    sums.put(rs.getLong("campaign_id"), rs.getBigDecimal("spent"));
                });
        return sums;
    }

    /** Whether anything carries the campaign: deleting it would lose where they came from. */
    boolean sourcedAnything(long campaignId) {
        return jdbc.sql("""
                select exists (select 1 from lead where campaign_id = :id)
                    or exists (select 1 from opportunity where campaign_id = :id)
                    or exists (select 1 from customer where campaign_id = :id)""")
                .param("id", campaignId).query(Boolean.class).single();
    }
}
