package io.pulsecrm.oltp.contract.web;

import java.util.List;

import io.pulsecrm.oltp.contract.ApprovalRecord;
import io.pulsecrm.oltp.contract.ContractApprovals;
import io.pulsecrm.oltp.contract.ContractService;
import io.pulsecrm.oltp.contract.web.ContractRequests.Approval;
import io.pulsecrm.oltp.contract.web.ContractRequests.Rejection;
import io.pulsecrm.oltp.contract.web.ContractRequests.VersionedAction;
import io.pulsecrm.oltp.contract.web.ContractResponses.ContractSummary;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contract approval", description = "Submitting contracts and deciding on them along the approval flow")
class ContractApprovalController {

    private final ContractApprovals approvals;
    private final ContractService contracts;

    ContractApprovalController(ContractApprovals approvals, ContractService contracts) {
        this.approvals = approvals;
        this.contracts = contracts;
    }

    @GetMapping("/approvals/pending")
    @RequiresPermission("contract:approve")
    @Operation(summary = "Contracts waiting for the caller's decision (their role or themselves at the current "
            + "step), oldest submission first")
    PageResponse<ContractSummary> pending(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return contracts.pending(page, size).map(ContractSummary::of);
    }

    @GetMapping("/{id}/approvals")
    @RequiresPermission("contract:view")
    @Operation(summary = "The contract's approval history: submissions and decisions, oldest first")
    List<ApprovalRecord> history(@PathVariable long id) {
        return contracts.approvals(id);
    }

    @PostMapping("/{id}/submit")
    @RequiresPermission("contract:edit")
    @Operation(summary = "Submit a draft or rejected contract for approval (approved at once when no flow is enabled)")
    ContractSummary submit(@PathVariable long id, @Valid @RequestBody VersionedAction body) {
        return ContractSummary.of(approvals.submit(id, body.version()));
    }

    @PostMapping("/{id}/approve")
    @RequiresPermission("contract:approve")
    @Operation(summary = "Approve the current step (403 unless the caller is who it waits for)")
    ContractSummary approve(@PathVariable long id, @Valid @RequestBody Approval body) {
        return ContractSummary.of(approvals.approve(id, body.comment(), body.version()));
    }

    @PostMapping("/{id}/reject")
    @RequiresPermission("contract:approve")
    @Operation(summary = "Reject at the current step, with a comment (403 unless the caller is who it waits for)")
    ContractSummary reject(@PathVariable long id, @Valid @RequestBody Rejection body) {
        return ContractSummary.of(approvals.reject(id, body.comment(), body.version()));
    }
}
