package io.pulsecrm.oltp.target.web;

import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.target.TargetPlan;
import io.pulsecrm.oltp.target.TargetService;
import io.pulsecrm.oltp.target.web.TargetRequests.YearBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Sales targets", description = "销售目标: monthly contract and receipt targets per user and department")
class TargetController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private static final String YEAR = "must be between 2000 and 2100";

    private final TargetService targets;

    TargetController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping
    @RequiresPermission("target:view")
    @Operation(summary = "The year's plans of the departments and users in the caller's scope (departments first)")
    List<TargetPlan> list(
            @RequestParam @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) int year,
            @Parameter(description = "the department's own plan and those of the users in it")
            @RequestParam(required = false) @Min(value = 1, message = "must be a department id") Long departmentId,
            @RequestParam(required = false) @Min(value = 1, message = "must be a user id") Long userId) {
        return targets.year(year, departmentId, userId);
    }

    @GetMapping("/users/{userId}/{year}")
    @RequiresPermission("target:view")
    @Operation(summary = "A user's 12 months (unset months are zero without a version)")
    @ApiResponse(responseCode = "200", description = "The 12 months")
    @ApiResponse(responseCode = "403", description = "The user or department is outside the caller's data scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such user or department",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    TargetPlan user(@PathVariable long userId,
            @PathVariable @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) int year) {
        return targets.ofUser(userId, year);
    }

    @PutMapping("/users/{userId}/{year}")
    @RequiresPermission("target:configure")
    @Operation(summary = "Set a user's 12 months in one call (user in the caller's scope; 409 if a month's version "
            + "is stale)")
    @ApiResponse(responseCode = "200", description = "The 12 months")
    @ApiResponse(responseCode = "403", description = "The user or department is outside the caller's data scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such user or department",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    TargetPlan setUser(@PathVariable long userId,
            @PathVariable @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) int year,
            @Valid @RequestBody YearBody body) {
        return targets.setUserYear(userId, year, body.targets());
    }

    @GetMapping("/departments/{deptId}/{year}")
    @RequiresPermission("target:view")
    @Operation(summary = "A department's 12 months (unset months are zero without a version)")
    @ApiResponse(responseCode = "200", description = "The 12 months")
    @ApiResponse(responseCode = "403", description = "The user or department is outside the caller's data scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such user or department",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    TargetPlan department(@PathVariable long deptId,
            @PathVariable @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) int year) {
        return targets.ofDepartment(deptId, year);
    }

    @PutMapping("/departments/{deptId}/{year}")
    @RequiresPermission("target:configure")
    @Operation(summary = "Set a department's 12 months in one call (department covered by the caller's scope; 409 "
            + "if a month's version is stale)")
    @ApiResponse(responseCode = "200", description = "The 12 months")
    @ApiResponse(responseCode = "403", description = "The user or department is outside the caller's data scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such user or department",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    TargetPlan setDepartment(@PathVariable long deptId,
            @PathVariable @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) int year,
            @Valid @RequestBody YearBody body) {
        return targets.setDepartmentYear(deptId, year, body.targets());
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("target:view")
    @Operation(summary = "The operation log of one month's target row, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return targets.history(id);
    }
}
