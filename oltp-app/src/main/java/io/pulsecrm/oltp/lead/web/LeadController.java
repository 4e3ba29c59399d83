package io.pulsecrm.oltp.lead.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.lead.LeadFilter;
import io.pulsecrm.oltp.lead.LeadQueries;
import io.pulsecrm.oltp.lead.LeadRow;
import io.pulsecrm.oltp.lead.LeadService;
import io.pulsecrm.oltp.lead.LeadStatus;
import io.pulsecrm.oltp.lead.web.LeadRequests.LeadUpdate;
import io.pulsecrm.oltp.lead.web.LeadRequests.NewLead;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Leads (线索): worked until qualified, found invalid or converted into customers")
class LeadController {

    private final LeadService leads;
    private final LeadQueries queries;

    LeadController(LeadService leads, LeadQueries queries) {
        this.leads = leads;
        this.queries = queries;
    }

    @GetMapping
    @RequiresPermission("lead:view")
    @Operation(summary = "A page of the leads in the caller's scope, most recently changed first",
            description = "totalItems stops counting at 10,001 (read: 10,000 or more)")
    PageResponse<LeadRow> list(
            @Parameter(description = "fragment of the name or company, or the exact phone or email")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) SourceChannel source,
            @RequestParam(required = false) Long campaignId,
            @Parameter(description = "must be in the caller's scope (else 403)") @RequestParam(required = false) Long ownerId,
            @Parameter(description = "first day, China time (yyyy-MM-dd)") @RequestParam(required = false) LocalDate createdFrom,
            @Parameter(description = "last day, included") @RequestParam(required = false) LocalDate createdTo,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return queries.list(new LeadFilter(q, status, source, campaignId, ownerId, createdFrom, createdTo, null),
                page, size);
    }

    @GetMapping("/{id}")
    @RequiresPermission("lead:view")
    @Operation(summary = "One lead")
    LeadResponse get(@PathVariable long id) {
        return LeadResponse.of(leads.get(id));
    }

    @PostMapping
    @RequiresPermission("lead:create")
    @Operation(summary = "Create a lead owned by the caller; the answer lists possible duplicates (never refused for them)")
    ResponseEntity<LeadResponse> create(@Valid @RequestBody NewLead body) {
        LeadService.Created created = leads.create(body.draft());
        LeadResponse answer = LeadResponse.of(created.lead(), created.duplicates());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + answer.id())).body(answer);
    }

    @PutMapping("/{id}")
    @RequiresPermission("lead:edit")
    @Operation(summary = "Replace the editable fields (409 if the version is stale or the lead is converted)")
    LeadResponse update(@PathVariable long id, @Valid @RequestBody LeadUpdate body) {
        return LeadResponse.of(leads.update(id, body.draft(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("lead:delete")
    @Operation(summary = "Delete a lead (a customer converted from it keeps existing)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        leads.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("lead:view")
    @Operation(summary = "The lead's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return leads.history(id);
    }
}
