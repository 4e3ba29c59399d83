package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.filter.DashboardFilterResolver;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.CampaignFilter;
import io.pulsecrm.warehouse.query.FunnelFilter;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.Arrays;
import java.util.Optional;

/**
 * The drill-down facts of the funnel and campaign ROI widgets ({@code fact} of {@code GET /api/v1/drill}, next to the
 * {@link io.pulsecrm.warehouse.query.sales.SalesFact}s), and the one place their figures' filters are built, so a
 * widget and its drill-down read with the same one.
 */
enum FunnelRoiFact {

    /** The entries into one funnel step in the days ({@code step}, {@code stage} for a stage). */
    FUNNEL_ENTRIES(null),
    CAMPAIGN_LEADS(CampaignCredit.LEADS),
    CAMPAIGN_OPPORTUNITIES(CampaignCredit.OPPORTUNITIES),
    CAMPAIGN_WON(CampaignCredit.WON),
    CAMPAIGN_CONTRACTS(CampaignCredit.CONTRACTS),
    CAMPAIGN_RECEIPTS(CampaignCredit.RECEIPTS);

    /** What a campaign's figure lists; null for the funnel. */
    final CampaignCredit credit;

    FunnelRoiFact(CampaignCredit credit) {
        this.credit = credit;
    }

    static Optional<FunnelRoiFact> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    static FunnelRoiFact of(CampaignCredit credit) {
        return Arrays.stream(values()).filter(f -> f.credit == credit).findFirst().orElseThrow();
    }

    /** The funnel's transitions: the scope's, in the days (the managers' zone), of the department / employee chosen. */
    static FunnelFilter funnel(ViewerScope scope, DashboardFilters filters) {
        return new FunnelFilter(scope.scope(), filters.range().from(), filters.range().to(), DashboardFilterResolver.ZONE,
                null, null).narrowedTo(filters.departments(), filters.employeeId());
    }

    /**
     * The campaigns: owned in the scope, by the department / employee chosen, and running in the days (their start and
     * end dates overlap them). Their figures stay the campaigns' whole return.
     */
    static CampaignFilter campaigns(ViewerScope scope, DashboardFilters filters) {
        return CampaignFilter.inScope(scope.scope()).ownedBy(filters.departments(), filters.employeeId())
                .running(filters.range().from(), filters.range().to());
    }
}
