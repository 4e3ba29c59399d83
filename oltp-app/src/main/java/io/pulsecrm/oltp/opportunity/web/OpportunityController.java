package io.pulsecrm.oltp.opportunity.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.opportunity.Opportunity;
import io.pulsecrm.oltp.opportunity.OpportunityCommands;
import io.pulsecrm.oltp.opportunity.OpportunityDraft;
import io.pulsecrm.oltp.opportunity.OpportunityFilter;
import io.pulsecrm.oltp.opportunity.OpportunityPipeline;
import io.pulsecrm.oltp.opportunity.OpportunityProducts;
import io.pulsecrm.oltp.opportunity.OpportunityService;
import io.pulsecrm.oltp.opportunity.OpportunityStatus;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.Line;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.LossReport;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.NewOpportunity;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.OpportunityUpdate;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.ProductLines;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.Reopening;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.StageChange;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.Transfer;
import io.pulsecrm.oltp.opportunity.web.OpportunityRequests.WinReport;
import io.pulsecrm.oltp.opportunity.web.OpportunityResponses.OpportunityResponse;
import io.pulsecrm.oltp.opportunity.web.OpportunityResponses.ProductsResponse;
import io.pulsecrm.oltp.opportunity.web.OpportunityResponses.StageMoveResponse;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "Deals (商机) under a customer, worked through the stages until won or lost")
class OpportunityController {

    private final OpportunityService opportunities;
    private final OpportunityCommands commands;
    private final OpportunityPipeline pipeline;
    private final OpportunityProducts products;

    OpportunityController(OpportunityService opportunities, OpportunityCommands commands, OpportunityPipeline pipeline,
            OpportunityProducts products) {
        this.opportunities = opportunities;
        this.commands = commands;
        this.pipeline = pipeline;
        this.products = products;
    }

    @GetMapping
    @RequiresPermission("opportunity:view")
    @Operation(summary = "A page of the deals in the caller's data scope; totalItems stops counting at 10,001")
    PageResponse<OpportunityResponse> list(
            @RequestParam(required = false) Long stageId,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) Long customerId,
            @Parameter(description = "narrows within the caller's scope; an owner outside it lists nothing")
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc], repeatable; properties: id, name, amount, "
                    + "expectedCloseDate, createdAt, updatedAt, closedAt; default updatedAt,desc")
            @RequestParam(required = false) List<String> sort) {
        OpportunityFilter filter = new OpportunityFilter(stageId, status, customerId, ownerId, campaignId);
        return opportunities.list(filter, OpportunitySort.parse(sort), page, size).map(OpportunityResponse::of);
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

    @GetMapping("/{id}/logs")
    @RequiresPermission("opportunity:view")
    @Operation(summary = "The opportunity's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return opportunities.logs(id);
    }

    @GetMapping("/{id}/products")
    @RequiresPermission("opportunity:view")
    @Operation(summary = "The opportunity's product lines")
    ProductsResponse productLines(@PathVariable long id) {
        Opportunity deal = opportunities.get(id);
        return new ProductsResponse(id, deal.getAmount(), deal.getVersion(), opportunities.lines(id));
    }

    @PutMapping("/{id}/products")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Replace the product lines of an open opportunity; its amount becomes their sum "
            + "(line amount = quantity × unit price × (1 − discount/100), rounded to cents half up)")
    ProductsResponse replaceProducts(@PathVariable long id, @Valid @RequestBody ProductLines body) {
        Opportunity deal = products.replace(id, body.lines().stream().map(Line::input).toList(), body.version());
        return new ProductsResponse(id, deal.getAmount(), deal.getVersion(), opportunities.lines(id));
    }

    @PostMapping
    @RequiresPermission("opportunity:create")
    @Operation(summary = "Open an opportunity of the caller under a customer, in a stage")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OpportunityResponse> create(@Valid @RequestBody NewOpportunity body) {
        OpportunityResponse created = OpportunityResponse.of(commands.create(new OpportunityDraft(body.name(),
                body.amount(), body.stageId(), body.expectedCloseDate(), body.customerId(), body.campaignId())));
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Revise name, amount and expected close date of an open opportunity "
            + "(409 if the version is stale or the deal is closed)")
    OpportunityResponse update(@PathVariable long id, @Valid @RequestBody OpportunityUpdate body) {
        return OpportunityResponse.of(commands.revise(id, body.name(), body.amount(),
                body.expectedCloseDate(), body.version()));
    }

    @PostMapping("/transfer")
    @RequiresPermission("opportunity:transfer")
    @Operation(summary = "Hand opportunities to another owner, all or nothing")
    List<OpportunityResponse> transfer(@Valid @RequestBody Transfer body) {
        return commands.transfer(body.ids(), body.ownerId()).stream().map(OpportunityResponse::of).toList();
    }

    @PostMapping("/{id}/stage")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Move an open opportunity to another stage (recorded as a stage move)")
    OpportunityResponse move(@PathVariable long id, @Valid @RequestBody StageChange body) {
        return OpportunityResponse.of(pipeline.moveTo(id, body.stageId(), body.version()));
    }

    @PostMapping("/{id}/won")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Close an open opportunity as won, optionally with the reason")
    OpportunityResponse won(@PathVariable long id, @Valid @RequestBody(required = false) WinReport body) {
        WinReport report = body != null ? body : new WinReport(null, null);
        return OpportunityResponse.of(pipeline.markWon(id, report.reason(), report.version()));
    }

    @PostMapping("/{id}/lost")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Close an open opportunity as lost, with the reason")
    OpportunityResponse lost(@PathVariable long id, @Valid @RequestBody LossReport body) {
        return OpportunityResponse.of(pipeline.markLost(id, body.reason(), body.version()));
    }

    @PostMapping("/{id}/reopen")
    @RequiresPermission("opportunity:edit")
    @Operation(summary = "Reopen a won or lost opportunity")
    OpportunityResponse reopen(@PathVariable long id, @Valid @RequestBody(required = false) Reopening body) {
        return OpportunityResponse.of(pipeline.reopen(id, body != null ? body.version() : null));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("opportunity:delete")
    @Operation(summary = "Delete an opportunity with its stage moves and product lines")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        commands.delete(id);
        return ResponseEntity.noContent().build();
    }
}
