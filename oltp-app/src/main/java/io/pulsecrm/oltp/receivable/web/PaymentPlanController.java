package io.pulsecrm.oltp.receivable.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.receivable.BusinessDay;
import io.pulsecrm.oltp.receivable.PaymentPlanService;
import io.pulsecrm.oltp.receivable.web.ReceivableRequests.NewPlan;
import io.pulsecrm.oltp.receivable.web.ReceivableRequests.PlanUpdate;
import io.pulsecrm.oltp.receivable.web.ReceivableResponses.PlanResponse;
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
@RequestMapping("/api/v1/contracts/{id}/plans")
@Tag(name = "Payment plans", description = "A contract's payment plans (回款计划): how much is due when")
class PaymentPlanController {

    private final PaymentPlanService plans;
    private final BusinessDay day;

    PaymentPlanController(PaymentPlanService plans, BusinessDay day) {
        this.plans = plans;
        this.day = day;
    }

    @GetMapping
    @RequiresPermission("receipt:view")
    @Operation(summary = "The contract's payment plans by number, each with its status as of today")
    List<PlanResponse> list(@PathVariable long id) {
        LocalDate today = day.today();
        return plans.list(id).stream().map(plan -> PlanResponse.of(plan, today)).toList();
    }

    @PostMapping
    @RequiresPermission("receipt:create")
    @Operation(summary = "Add a payment plan (numbered next); the plans may not exceed the contract's total (400)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanResponse> create(@PathVariable long id, @Valid @RequestBody NewPlan body) {
        PlanResponse created = PlanResponse.of(plans.create(id, body.terms()), day.today());
        return ResponseEntity.created(URI.create("/api/v1/contracts/%d/plans/%d".formatted(id, created.id())))
                .body(created);
    }

    @PutMapping("/{planId}")
    @RequiresPermission("receipt:edit")
    @Operation(summary = "Change a payment plan (409 if the version is stale)")
    PlanResponse update(@PathVariable long id, @PathVariable long planId, @Valid @RequestBody PlanUpdate body) {
        return PlanResponse.of(plans.update(id, planId, body.terms(), body.version()), day.today());
    }

    @DeleteMapping("/{planId}")
    @RequiresPermission("receipt:delete")
    @Operation(summary = "Delete a payment plan nothing was received against (409 otherwise)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long planId) {
        plans.delete(id, planId);
        return ResponseEntity.noContent().build();
    }
}
