package io.pulsecrm.oltp.segment.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.segment.SegmentFilter;
import io.pulsecrm.oltp.segment.SegmentService;
import io.pulsecrm.oltp.segment.web.SegmentRequests.CreateBody;
import io.pulsecrm.oltp.segment.web.SegmentRequests.UpdateBody;
import io.pulsecrm.oltp.segment.web.SegmentResponses.SegmentResponse;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "客户分群: marketers' rule segments over customer features, in the owner's data scope")
class SegmentController {

    private final SegmentService segments;

    SegmentController(SegmentService segments) {
        this.segments = segments;
    }

    @GetMapping
    @RequiresPermission("segment:view")
    @Operation(summary = "A page of the segments whose owner is in the caller's scope")
    PageResponse<SegmentResponse> list(
            @Parameter(description = "part of the name, any case") @RequestParam(required = false) String q,
            @RequestParam(required = false) @Min(value = 1, message = "must be a user id") Long ownerId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "one of id, name, createdAt, updatedAt, then ,asc or ,desc; default updatedAt,desc")
            @RequestParam(required = false) List<String> sort) {
        return segments.list(new SegmentFilter(q, ownerId), sort, page, size).map(SegmentResponse::of);
    }

    @GetMapping("/features")
    @RequiresPermission("segment:view")
    @Operation(summary = "The features a rule may test, their operators and values, with zh-CN and en labels")
    FeatureCatalogue features() {
        return FeatureCatalogue.INSTANCE;
    }

    @GetMapping("/{id}")
    @RequiresPermission("segment:view")
    @Operation(summary = "One segment (404 when it does not exist or its owner is outside the caller's scope)")
    SegmentResponse get(@PathVariable long id) {
        return SegmentResponse.of(segments.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("segment:view")
    @Operation(summary = "The segment's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return segments.history(id);
    }

    @PostMapping
    @RequiresPermission("segment:create")
    @Operation(summary = "Save a segment owned by the caller (400 naming each bad field, the rule's by path, e.g."
            + " rule.rules[1].values[0]; 409 segment-name-taken)")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    ResponseEntity<SegmentResponse> create(@RequestBody CreateBody body) {
        SegmentResponse created = SegmentResponse.of(segments.create(body.spec()));
        return ResponseEntity.created(URI.create("/api/v1/segments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("segment:edit")
    @Operation(summary = "Replace a segment's name, description and rule (409 stale-version, segment-name-taken)")
    SegmentResponse update(@PathVariable long id, @Valid @RequestBody UpdateBody body) {
        return SegmentResponse.of(segments.update(id, body.spec(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("segment:delete")
    @Operation(summary = "Delete a segment")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        segments.delete(id);
        return ResponseEntity.noContent().build();
    }
}
