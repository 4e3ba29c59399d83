package io.pulsecrm.oltp.opportunity.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.opportunity.OpportunityFilter;
import io.pulsecrm.oltp.opportunity.OpportunityService;
import io.pulsecrm.oltp.opportunity.OpportunityStatus;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.LossReport;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.NewOpportunity;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.OpportunityUpdate;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.StageChange;
import io.pulsecrm.oltp.opportunity.web.OpportunityResponses.OpportunityResponse;
import io.pulsecrm.oltp.opportunity.web.OpportunityResponses.StageMoveResponse;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "Deals (商机) worked through the stages until won or lost")
class OpportunityController {

    private final OpportunityService opportunities;

    OpportunityController(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @GetMapping
    @RequiresPermission("opportunity:view")
    @Operation(summary = "A page of opportunities, optionally of one stage and/or status")
    PageResponse<OpportunityResponse> list(
            @RequestParam(required = false) Long stageId,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc], repeatable; properties: id, name, amount, "
                    + "expectedCloseDate, createdAt, updatedAt, closedAt; default createdAt,desc")
            @RequestParam(required = false) List<String> sort) {
        PageRequest request = PageRequest.of(page, size, OpportunitySort.parse(sort));
        return PageResponse.of(opportunities.list(new OpportunityFilter(stageId, status), request),
                OpportunityResponse::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission("opportunity:view")
    @Operation(summary = "One opportunity")
    OpportunityResponse get(@PathVariable long id) {
        return OpportunityResponse.of(opportunities.get(id));
    }

    @GetMapping("/{id}/stage-moves")
    @RequiresPermission("opportunity:view")
    @Operation(summary = "The opportunity's stage moves, oldest first")
    List<StageMoveResponse> history(@PathVariable long id) {
        return opportunities.history(id).stream().map(StageMoveResponse::of).toList();
    }

    @PostMapping
    @RequiresPermission("opportunity:create")
    @Operation(summary = "Open an opportunity in a stage")
    ResponseEntity<OpportunityResponse> create(@Valid @RequestBody NewOpportunity body) {
        OpportunityResponse created = OpportunityResponse.of(
                opportunities.create(body.name(), body.amount(), body.stageId(), body.expectedCloseDate()));
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Revise name, amount and expected close date of an open opportunity "
            + "(409 if the version is stale or the deal is closed)")
    OpportunityResponse update(@PathVariable long id, @Valid @RequestBody OpportunityUpdate body) {
        return OpportunityResponse.of(opportunities.revise(id, body.name(), body.amount(),
                body.expectedCloseDate(), body.version()));
    }

    @PostMapping("/{id}/stage")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Move an open opportunity to another stage (recorded as a stage move)")
    OpportunityResponse move(@PathVariable long id, @Valid @RequestBody StageChange body) {
        return OpportunityResponse.of(opportunities.moveTo(id, body.stageId()));
    }

    @PostMapping("/{id}/won")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Close an open opportunity as won")
    OpportunityResponse won(@PathVariable long id) {
        return OpportunityResponse.of(opportunities.markWon(id));
    }

    @PostMapping("/{id}/lost")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Close an open opportunity as lost, with the reason")
    OpportunityResponse lost(@PathVariable long id, @Valid @RequestBody LossReport body) {
        return OpportunityResponse.of(opportunities.markLost(id, body.reason()));
    }

    @PostMapping("/{id}/reopen")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Reopen a won or lost opportunity")
    OpportunityResponse reopen(@PathVariable long id) {
        return OpportunityResponse.of(opportunities.reopen(id));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("opportunity:delete")
    @Operation(summary = "Delete an opportunity and its stage moves")
    ResponseEntity<Void> delete(@PathVariable long id) {
        opportunities.delete(id);
        return ResponseEntity.noContent().build();
    }
}
