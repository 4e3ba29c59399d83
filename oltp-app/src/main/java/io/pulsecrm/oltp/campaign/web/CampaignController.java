package io.pulsecrm.oltp.campaign.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.campaign.Campaign;
import io.pulsecrm.oltp.campaign.CampaignChannel;
import io.pulsecrm.oltp.campaign.CampaignFilter;
import io.pulsecrm.oltp.campaign.CampaignService;
import io.pulsecrm.oltp.campaign.CampaignStatus;
import io.pulsecrm.oltp.campaign.web.CampaignRequests.CostBody;
import io.pulsecrm.oltp.campaign.web.CampaignRequests.PlanBody;
import io.pulsecrm.oltp.campaign.web.CampaignRequests.StatusBody;
import io.pulsecrm.oltp.campaign.web.CampaignRequests.UpdateBody;
import io.pulsecrm.oltp.campaign.web.CampaignResponses.CampaignDetail;
import io.pulsecrm.oltp.campaign.web.CampaignResponses.CampaignSummary;
import io.pulsecrm.oltp.campaign.web.CampaignResponses.CostResponse;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "市场活动: budget, period, status, costs and what they sourced")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @RequiresPermission("campaign:view")
    @Operation(summary = "A page of the campaigns in the caller's scope, with what each has spent")
    PageResponse<CampaignSummary> list(
            @Parameter(description = "part of the name") @RequestParam(required = false) String q,
            @RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) CampaignChannel channel,
            @RequestParam(required = false) @Min(value = 1, message = "must be a user id") Long ownerId,
            @Parameter(description = "with to: campaigns whose period overlaps these days")
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "one of name, startDate, endDate, budget, createdAt, updatedAt, then ,asc or "
                    + ",desc; default startDate,desc") @RequestParam(required = false) String sort) {
        CampaignFilter filter = new CampaignFilter(q, status, channel, ownerId, from, to);
        Page<Campaign> found = campaigns.list(filter, PageRequest.of(page, size, CampaignSort.parse(sort)));
        Map<Long, BigDecimal> spent = campaigns.spent(found.getContent());
        return PageResponse.of(found, c -> CampaignSummary.of(c, spent.get(c.getId())));
    }

    @GetMapping("/{id}")
    @RequiresPermission("campaign:view")
    @Operation(summary = "One campaign with its totals: costs, budget left, leads and opportunities it sourced")
    CampaignDetail get(@PathVariable long id) {
        return detail(campaigns.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("campaign:view")
    @Operation(summary = "The campaign's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return campaigns.history(id);
    }

    @PostMapping
    @RequiresPermission("campaign:create")
    @Operation(summary = "Plan a campaign (status PLANNED, owned by the caller)")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    ResponseEntity<CampaignDetail> create(@Valid @RequestBody PlanBody body) {
        CampaignDetail created = detail(campaigns.create(body.plan()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("campaign:edit")
    @Operation(summary = "Revise a PLANNED or ACTIVE campaign (409 if the version is stale or it is closed)")
    CampaignDetail update(@PathVariable long id, @Valid @RequestBody UpdateBody body) {
        return detail(campaigns.revise(id, body.plan(), body.version()));
    }

    @PostMapping("/{id}/status")
    @RequiresPermission("campaign:edit")
    @Operation(summary = "Move a campaign: PLANNED → ACTIVE | CANCELLED, ACTIVE → ENDED | CANCELLED (409 otherwise)")
    CampaignDetail status(@PathVariable long id, @Valid @RequestBody StatusBody body) {
        return detail(campaigns.moveTo(id, body.status(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("campaign:delete")
    @Operation(summary = "Delete a campaign that sourced nothing, with its costs (409 campaign-in-use otherwise)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        campaigns.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/costs")
    @RequiresPermission("campaign:view")
    @Operation(summary = "The campaign's costs, latest first")
    List<CostResponse> costs(@PathVariable long id) {
        return campaigns.costs(id).stream().map(CostResponse::of).toList();
    }

    @PostMapping("/{id}/costs")
    @RequiresPermission("campaign:edit")
    @Operation(summary = "Book a cost on the campaign (on or after its start date)")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    ResponseEntity<CostResponse> addCost(@PathVariable long id, @Valid @RequestBody CostBody body) {
        CostResponse cost = CostResponse.of(campaigns.addCost(id, body.amount(), body.incurredOn(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/%d/costs/%d".formatted(id, cost.id()))).body(cost);
    }

    @GetMapping("/{id}/costs/{costId}")
    @RequiresPermission("campaign:view")
    @Operation(summary = "One cost of the campaign")
    CostResponse cost(@PathVariable long id, @PathVariable long costId) {
        return CostResponse.of(campaigns.cost(id, costId));
    }

    @DeleteMapping("/{id}/costs/{costId}")
    @RequiresPermission("campaign:edit")
    @Operation(summary = "Remove a cost booked by mistake")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> removeCost(@PathVariable long id, @PathVariable long costId) {
        campaigns.removeCost(id, costId);
        return ResponseEntity.noContent().build();
    }

    private CampaignDetail detail(Campaign campaign) {
        return CampaignDetail.of(campaign, campaigns.totals(campaign));
    }
}
