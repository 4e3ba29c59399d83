package io.pulsecrm.oltp.org.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.org.Role;
import io.pulsecrm.oltp.org.RoleService;
import io.pulsecrm.oltp.org.web.RoleRequests.NewRole;
import io.pulsecrm.oltp.org.web.RoleRequests.RoleUpdate;
import io.pulsecrm.scope.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

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
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles", description = "Roles (角色): operation permissions and a data scope")
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    @Schema(name = "Role")
    record RoleResponse(long id, String code, String name, String description, DataScope dataScope, boolean builtIn,
                        boolean editable, boolean deletable, List<String> permissions, List<Long> departmentIds,
                        int userCount, Instant createdAt, Instant updatedAt, int version) {

        static RoleResponse of(Role r) {
            return new RoleResponse(r.id(), r.code(), r.name(), r.description(), r.dataScope(), r.builtIn(),
                    r.editable(), r.deletable(), r.permissions(), r.departmentIds(), r.userCount(), r.createdAt(),
                    r.updatedAt(), r.version());
        }
    }

    @GetMapping
    @RequiresPermission("org:view")
    @Operation(summary = "All roles: built-in first, then custom ones by name")
    List<RoleResponse> list() {
        return roles.list().stream().map(RoleResponse::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission("org:view")
    @Operation(summary = "One role")
    RoleResponse get(@PathVariable long id) {
        return RoleResponse.of(roles.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("org:view")
    @Operation(summary = "The role's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return roles.history(id);
    }

    @PostMapping
    @RequiresPermission("org:configure")
    @Operation(summary = "Create a custom role (409 if the name is taken)")
    ResponseEntity<RoleResponse> create(@Valid @RequestBody NewRole body) {
        RoleResponse created = RoleResponse.of(roles.create(body.name(), body.description(), body.dataScope(),
                body.departmentIds(), body.permissions()));
        return ResponseEntity.created(URI.create("/api/v1/roles/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:configure")
    @Operation(summary = "Change a role's permissions, scope, name; SUPER_ADMIN is fixed (409). "
            + "Holders get the change on their next request")
    RoleResponse update(@PathVariable long id, @Valid @RequestBody RoleUpdate body) {
        return RoleResponse.of(roles.update(id, body.name(), body.description(), body.dataScope(), body.departmentIds(),
                body.permissions(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("org:configure")
    @Operation(summary = "Delete a custom role nobody holds (409 for built-in roles or while users hold it)")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestParam(required = false) @PositiveOrZero(message = "must not be negative") Integer version) {
        roles.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
