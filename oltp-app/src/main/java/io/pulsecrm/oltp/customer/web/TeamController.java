package io.pulsecrm.oltp.customer.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.customer.TeamMemberView;
import io.pulsecrm.oltp.customer.TeamService;
import io.pulsecrm.oltp.customer.web.CustomerRequests.TeamMemberRequest;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/{id}/team")
@Tag(name = "Customer teams", description = "Colleagues sharing a customer (客户团队) with READ or WRITE access")
class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    @RequiresPermission("customer:view")
    @Operation(summary = "The customer's team")
    List<TeamMemberView> list(@PathVariable long id) {
        return teams.of(id);
    }

    @PostMapping
    @RequiresPermission("customer:edit")
    @Operation(summary = "Add a colleague to the team or change their access (whoever has the owner in scope)",
            description = "201 when the user joined, 200 when only the access changed")
    ResponseEntity<List<TeamMemberView>> put(@PathVariable long id, @Valid @RequestBody TeamMemberRequest body) {
        boolean joined = teams.put(id, body.userId(), body.access());
        List<TeamMemberView> team = teams.of(id);
        return joined ? ResponseEntity.created(URI.create("/api/v1/customers/%d/team/%d".formatted(id, body.userId())))
                .body(team) : ResponseEntity.ok(team);
    }

    @DeleteMapping("/{userId}")
    @RequiresPermission("customer:edit")
    @Operation(summary = "Remove a colleague from the team")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long userId) {
        teams.remove(id, userId);
        return ResponseEntity.noContent().build();
    }
}
