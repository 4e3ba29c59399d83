package io.pulsecrm.oltp.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of campaigns and their costs, one transaction each. A campaign is reached through
 * its owner's data scope (campaigns have no teams); out of scope answers 404.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    static final String ENTITY = "CAMPAIGN";
    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignRepository campaigns;
    private final CampaignCostRepository costs;
    private final CampaignSources sources;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignCostRepository costs, CampaignSources sources,
            CurrentViewer viewer, Owners owners, OperationLog operations, Clock clock) {
        this.campaigns = campaigns;
        this.costs = costs;
        this.sources = sources;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.clock = clock;
    }

    /**
     * Campaigns are the company's shared marketing calendar: every holder of campaign:view reads all
     * of them (a rep picks the campaign that sourced a lead); changing one needs its owner in scope.
     */
    public Campaign get(long id) {
        return campaigns.findById(id).orElseThrow(() -> new CampaignNotFound("campaign", id));
    }

    /** The campaign for a change that must not cross a concurrent cost booking or period move. */
    private Campaign locked(long id) {
        Campaign campaign = campaigns.findLocked(id).orElseThrow(() -> new CampaignNotFound("campaign", id));
        if (!viewer.get().sees(campaign.getOwnerId())) {
            throw PermissionDenied.outOfScope("campaign");
        }
        return campaign;
    }

    public CampaignTotals totals(Campaign campaign) {
        return sources.totals(campaign);
    }

    public Page<Campaign> list(CampaignFilter filter, Pageable page) {
        return campaigns.findAll(filter.toSpecification(), page);
    }

    /** What each campaign of a page spent, in one query. */
    public Map<Long, BigDecimal> spent(List<Campaign> page) {
        return sources.costs(page.stream().map(Campaign::getId).toList());
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Campaign create(CampaignPlan plan) {
        Campaign campaign = campaigns.saveAndFlush(Campaign.plan(plan, owners.self(viewer.get()), clock.instant()));
        operations.record(ENTITY, campaign.getId(), "CREATE", "campaign planned: " + campaign.getName(), Changes.none());
        log.info("Campaign {} planned", campaign.getId());
        return campaign;
    }

    @Transactional
    public Campaign revise(long id, CampaignPlan plan, int version) {
        Campaign campaign = current(id, version);
        Changes changes = Changes.none();
        String name = campaign.getName();
        CampaignChannel channel = campaign.getChannel();
        BigDecimal budget = campaign.getBudget();
        LocalDate start = campaign.getStartDate();
        LocalDate end = campaign.getEndDate();
        String description = campaign.getDescription();
        campaign.revise(plan, costs.earliestIncurredOn(id), clock.instant());
        campaigns.saveAndFlush(campaign);
        changes.field("name", name, campaign.getName()).field("channel", channel, campaign.getChannel())
                .field("budget", budget, campaign.getBudget()).field("startDate", start, campaign.getStartDate())
                .field("endDate", end, campaign.getEndDate()).field("description", description, campaign.getDescription());
        operations.record(ENTITY, id, "UPDATE", "campaign revised", changes);
        return campaign;
    }

    @Transactional
    public Campaign moveTo(long id, CampaignStatus status, int version) {
        Campaign campaign = current(id, version);
        CampaignStatus before = campaign.getStatus();
        campaign.moveTo(status, clock.instant());
        campaigns.saveAndFlush(campaign);
        operations.record(ENTITY, id, "UPDATE", "status %s → %s".formatted(before, status),
                Changes.none().field("status", before, status));
        log.info("Campaign {} moved from {} to {}", id, before, status);
        return campaign;
    }

    /** Deletes a campaign that sourced nothing (a sourced one is cancelled instead); its costs go with it. */
    @Transactional
    public void delete(long id) {
        Campaign campaign = get(id);
        if (sources.sourcedAnything(id)) {
            throw CampaignConflict.inUse(id);
        }
        campaigns.delete(campaign);
        campaigns.flush();
        operations.record(ENTITY, id, "DELETE", "campaign deleted: " + campaign.getName(), Changes.none());
        log.info("Campaign {} deleted", id);
    }

    public List<CampaignCost> costs(long campaignId) {
        get(campaignId);
        return costs.findByCampaignIdOrderByIncurredOnDescIdDesc(campaignId);
    }

    public CampaignCost cost(long campaignId, long costId) {
        get(campaignId);
        return costs.findByIdAndCampaignId(costId, campaignId).orElseThrow(() -> new CampaignNotFound("cost", costId));
    }

    @Transactional
    public CampaignCost addCost(long campaignId, BigDecimal amount, LocalDate incurredOn, String note) {
        Campaign campaign = locked(campaignId);
        Instant now = clock.instant();
        CampaignCost cost = costs.saveAndFlush(
                CampaignCost.book(campaign, amount, incurredOn, note, viewer.get().userId(), now));
        operations.record(ENTITY, campaignId, "UPDATE", "cost %s on %s booked".formatted(cost.getAmount().toPlainString(),
                cost.getIncurredOn()), Changes.none());
        return cost;
    }

    @Transactional
    public void removeCost(long campaignId, long costId) {
        CampaignCost cost = cost(campaignId, costId);
        costs.delete(cost);
        costs.flush();
        operations.record(ENTITY, campaignId, "UPDATE", "cost %s on %s removed".formatted(cost.getAmount().toPlainString(),
                cost.getIncurredOn()), Changes.none());
    }

    private Campaign current(long id, int version) {
        Campaign campaign = locked(id);
        StaleVersion.check("campaign", id, version, campaign.getVersion());
        return campaign;
    }
}
