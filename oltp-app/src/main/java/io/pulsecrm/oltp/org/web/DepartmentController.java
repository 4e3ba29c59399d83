package io.pulsecrm.oltp.org.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.org.Department;
import io.pulsecrm.oltp.org.DepartmentNode;
import io.pulsecrm.oltp.org.DepartmentService;
import io.pulsecrm.oltp.org.web.DepartmentRequests.DepartmentMove;
import io.pulsecrm.oltp.org.web.DepartmentRequests.DepartmentUpdate;
import io.pulsecrm.oltp.org.web.DepartmentRequests.NewDepartment;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "The department tree (部门); the top department is 办公室 by default")
class DepartmentController {

    private final DepartmentService departments;

    DepartmentController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping
    @RequiresPermission("org:view")
    @Operation(summary = "The whole tree from the top department, with member counts")
    DepartmentNode tree() {
        return departments.tree();
    }

    @GetMapping("/{id}")
    @RequiresPermission("org:view")
    @Operation(summary = "One department")
    Department get(@PathVariable long id) {
        return departments.get(id);
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("org:view")
    @Operation(summary = "The department's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return departments.history(id);
    }

    @PostMapping
    @RequiresPermission("org:configure")
    @Operation(summary = "Create a department under a parent (409 if a sibling has the name)")
    ResponseEntity<Department> create(@Valid @RequestBody NewDepartment body) {
        Department created = departments.create(body.parentId(), body.name(), body.position());
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:configure")
    @Operation(summary = "Rename or reorder a department, the top one included (409 if the version is stale)")
    Department update(@PathVariable long id, @Valid @RequestBody DepartmentUpdate body) {
        return departments.rename(id, body.name(), body.position(), body.version());
    }

    @PostMapping("/{id}/move")
    @RequiresPermission("org:configure")
    @Operation(summary = "Move a department (and everything below it) under another parent; "
            + "409 under itself or its own descendant, or for the top department")
    Department move(@PathVariable long id, @Valid @RequestBody DepartmentMove body) {
        return departments.move(id, body.parentId(), body.version());
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("org:configure")
    @Operation(summary = "Delete a department without sub-departments and users (409 otherwise)")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestParam(required = false) @PositiveOrZero(message = "must not be negative") Integer version) {
        departments.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
