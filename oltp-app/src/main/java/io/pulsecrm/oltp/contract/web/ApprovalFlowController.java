package io.pulsecrm.oltp.contract.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.contract.ApprovalFlowService;
import io.pulsecrm.oltp.contract.web.ApprovalFlowWeb.FlowResponse;
import io.pulsecrm.oltp.contract.web.ApprovalFlowWeb.FlowUpdate;
import io.pulsecrm.oltp.contract.web.ApprovalFlowWeb.NewFlow;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/approval-flows")
@Tag(name = "Approval flows", description = "Contract approval flows (审批流) configured by an admin: ordered steps, "
        + "each decided by the holders of a role or by one user")
class ApprovalFlowController {

    private final ApprovalFlowService flows;

    ApprovalFlowController(ApprovalFlowService flows) {
        this.flows = flows;
    }

    @GetMapping
    @RequiresPermission("approval:view")
    @Operation(summary = "All approval flows with their steps")
    List<FlowResponse> list() {
        return flows.list().stream().map(FlowResponse::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission("approval:view")
    @Operation(summary = "One approval flow with its steps")
    FlowResponse get(@PathVariable long id) {
        return FlowResponse.of(flows.get(id));
    }

    @PostMapping
    @RequiresPermission("approval:configure")
    @Operation(summary = "Define a flow; enabled (the default) makes it the one contracts are submitted to")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<FlowResponse> create(@Valid @RequestBody NewFlow body) {
        FlowResponse created = FlowResponse.of(flows.create(body.definition()));
        return ResponseEntity.created(URI.create("/api/v1/approval-flows/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("approval:configure")
    @Operation(summary = "Rename, enable/disable or re-step a flow (409 if stale, or steps change while "
            + "contracts wait in it)")
    FlowResponse update(@PathVariable long id, @Valid @RequestBody FlowUpdate body) {
        return FlowResponse.of(flows.update(id, body.definition(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("approval:configure")
    @Operation(summary = "Delete a flow no contract went through (409 otherwise: disable it)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        flows.delete(id);
        return ResponseEntity.noContent().build();
    }
}
