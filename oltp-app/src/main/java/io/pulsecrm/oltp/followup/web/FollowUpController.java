package io.pulsecrm.oltp.followup.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.followup.FollowUpFilter;
import io.pulsecrm.oltp.followup.FollowUpKind;
import io.pulsecrm.oltp.followup.FollowUpRow;
import io.pulsecrm.oltp.followup.FollowUpService;
import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.followup.web.FollowUpRequests.FollowUpUpdate;
import io.pulsecrm.oltp.followup.web.FollowUpRequests.NewFollowUp;
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
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "Follow-ups", description = "跟进记录 on leads, customers, contacts, opportunities and contracts")
class FollowUpController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final FollowUpService followUps;

    FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @RequiresPermission("follow_up:view")
    @Operation(summary = "A page of follow-ups, newest first: of one record (subjectType + subjectId), of everything "
            + "under a customer (customerId), or of the authors in the caller's data scope; totalItems is counted "
            + "up to 10001")
    PageResponse<FollowUpResponse> list(
            @RequestParam(required = false) SubjectType subjectType,
            @RequestParam(required = false) @Min(value = 1, message = "must be a record id") Long subjectId,
            @RequestParam(required = false) @Min(value = 1, message = "must be a customer id") Long customerId,
            @RequestParam(required = false) FollowUpKind kind,
            @Parameter(description = "only the caller's own") @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "occurred at or after (ISO-8601)") @RequestParam(required = false) Instant from,
            @Parameter(description = "occurred before (ISO-8601)") @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        FollowUpFilter filter = new FollowUpFilter(subjectType, subjectId, customerId, kind, mine, from, to);
        PageResponse<FollowUpRow> found = followUps.list(filter, page, size);
        return new PageResponse<>(found.items().stream().map(FollowUpResponse::of).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @GetMapping("/{id}")
    @RequiresPermission("follow_up:view")
    @Operation(summary = "One follow-up (its author in scope, or its record readable)")
    FollowUpResponse get(@PathVariable long id) {
        return FollowUpResponse.of(followUps.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("follow_up:view")
    @Operation(summary = "The follow-up's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return followUps.history(id);
    }

    @PostMapping
    @RequiresPermission("follow_up:create")
    @Operation(summary = "Write a follow-up on a record the caller may change (404 if it does not exist or is out "
            + "of reach); updates the record's last follow-up and next contact, and a nextContactAt becomes a task "
            + "in the author's schedule")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "403", description = "The caller may read the record but not write on it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "The record does not exist or is out of the caller's reach",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ResponseEntity<FollowUpResponse> create(@Valid @RequestBody NewFollowUp body) {
        FollowUpResponse created = FollowUpResponse.of(followUps.write(body.subjectType(), body.subjectId(), body.entry()));
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("follow_up:edit")
    @Operation(summary = "Revise a follow-up: its author, or someone with the author in scope (409 if the version "
            + "is stale); a changed nextContactAt moves its schedule entry")
    FollowUpResponse update(@PathVariable long id, @Valid @RequestBody FollowUpUpdate body) {
        return FollowUpResponse.of(followUps.revise(id, body.entry(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("follow_up:delete")
    @Operation(summary = "Delete a follow-up: its author, or someone with the author in scope; its open schedule "
            + "entry goes with it")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        followUps.delete(id);
        return ResponseEntity.noContent().build();
    }
}
