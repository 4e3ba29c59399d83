package io.pulsecrm.oltp.task.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.InvalidInput;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.task.TaskRow;
import io.pulsecrm.oltp.task.TaskService;
import io.pulsecrm.oltp.task.TaskView;
import io.pulsecrm.oltp.task.web.TaskRequests.NewTask;
import io.pulsecrm.oltp.task.web.TaskRequests.TaskUpdate;
import io.pulsecrm.oltp.task.web.TaskRequests.VersionOnly;
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
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "我的任务: the schedule as inbox, today, next, later and done")
class TaskController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @RequiresPermission("task:view")
    @Operation(summary = "One view of the caller's open or done tasks. inbox: overdue or undated; today: due from now "
            + "until midnight; next: the 7 days after today; later: beyond; done: most recently done first. "
            + "totalItems is counted up to 10001")
    PageResponse<TaskResponse> list(
            @Parameter(description = "inbox, today, next, later or done (any case)")
            @RequestParam(defaultValue = "inbox") String view,
            @Parameter(description = "IANA time zone 'today' is counted in; default crm.schedule.zone (Asia/Shanghai)")
            @RequestParam(required = false) String zone,
            @Parameter(description = "another user's tasks: must be in the caller's data scope")
            @RequestParam(required = false) @Min(value = 1, message = "must be a user id") Long ownerId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        PageResponse<TaskRow> found = tasks.view(view(view), ownerId, zone(zone), page, size);
        return new PageResponse<>(found.items().stream().map(TaskResponse::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GetMapping("/{id}")
    @RequiresPermission("task:view")
    @Operation(summary = "One task (its owner in the caller's scope)")
    TaskResponse get(@PathVariable long id) {
        return TaskResponse.of(tasks.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("task:view")
    @Operation(summary = "The task's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return tasks.history(id);
    }

    @PostMapping
    @RequiresPermission("task:create")
    @Operation(summary = "Plan a task for the caller or a user in their scope, optionally about a record they may read")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "403", description = "The assignee is outside the caller's data scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ResponseEntity<TaskResponse> create(@Valid @RequestBody NewTask body) {
        TaskResponse created = TaskResponse.of(tasks.create(body.details(), body.subjectType(), body.subjectId(),
                body.assigneeId()));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("task:edit")
    @Operation(summary = "Revise a task (409 if the version is stale)")
    TaskResponse update(@PathVariable long id, @Valid @RequestBody TaskUpdate body) {
        return TaskResponse.of(tasks.revise(id, body.details(), body.version()));
    }

    @PostMapping("/{id}/done")
    @RequiresPermission("task:edit")
    @Operation(summary = "Mark a task done (409 if the version is stale or it is already done)")
    TaskResponse done(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return TaskResponse.of(tasks.markDone(id, body.version()));
    }

    @PostMapping("/{id}/undone")
    @RequiresPermission("task:edit")
    @Operation(summary = "Put a done task back into the schedule (409 if the version is stale or it is not done)")
    TaskResponse undone(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return TaskResponse.of(tasks.markUndone(id, body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("task:delete")
    @Operation(summary = "Delete a task")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tasks.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static TaskView view(String view) {
        try {
            return TaskView.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery("view", "must be one of inbox, today, next, later, done");
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new BadQuery("zone", "must be an IANA time zone such as Asia/Shanghai");
        }
    }

    static final class BadQuery extends InvalidInput {

        BadQuery(String field, String message) {
            super(field, message);
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }
}
