package io.pulsecrm.oltp.org.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.org.UserLookup;
import io.pulsecrm.oltp.org.UserQuery;
import io.pulsecrm.oltp.org.UserService;
import io.pulsecrm.oltp.org.web.UserRequests.NewUser;
import io.pulsecrm.oltp.org.web.UserRequests.RoleAssignment;
import io.pulsecrm.oltp.org.web.UserRequests.UserUpdate;
import io.pulsecrm.oltp.org.web.UserResponses.UserResponse;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users (员工): created, edited, disabled and handed over, never deleted")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @RequiresPermission("org:view")
    @Operation(summary = "A page of the users in your data scope; totalItems counts at most 10001")
    PageResponse<UserResponse> list(
            @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc]; properties: displayName (default), username, createdAt, updatedAt, id")
            @RequestParam(required = false) String sort) {
        PageResponse<io.pulsecrm.oltp.org.UserAccount> found =
                users.list(UserQuery.of(q, departmentId, enabled, page, size, sort));
        return new PageResponse<>(found.items().stream().map(UserResponse::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GetMapping("/lookup")
    @Operation(summary = "Enabled users in your data scope whose name or username contains q (owner pickers); "
            + "any logged-in user")
    List<UserLookup> lookup(
            @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 50")
            @Max(value = 50, message = "must be between 1 and 50") int limit) {
        return users.lookup(q, limit);
    }

    @GetMapping("/{id}")
    @RequiresPermission("org:view")
    @Operation(summary = "One user in your data scope (404 otherwise)")
    UserResponse get(@PathVariable long id) {
        return UserResponse.of(users.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("org:view")
    @Operation(summary = "The user's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return users.history(id);
    }

    @PostMapping
    @RequiresPermission("org:configure")
    @Operation(summary = "Create a user with roles and an initial password (409 if the username is taken)")
    ResponseEntity<UserResponse> create(@Valid @RequestBody NewUser body) {
        UserResponse created = UserResponse.of(users.create(body.username(), body.fields(), body.roleIds(), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:configure")
    @Operation(summary = "Edit a user: name, contact details, title, department, manager (no reporting cycles)")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UserUpdate body) {
        return UserResponse.of(users.update(id, body.fields(), body.version()));
    }

    @PutMapping("/{id}/roles")
    @RequiresPermission("org:configure")
    @Operation(summary = "Replace the user's roles; only a super admin grants or revokes SUPER_ADMIN")
    UserResponse roles(@PathVariable long id, @Valid @RequestBody RoleAssignment body) {
        return UserResponse.of(users.assignRoles(id, body.roleIds(), body.version()));
    }
}
