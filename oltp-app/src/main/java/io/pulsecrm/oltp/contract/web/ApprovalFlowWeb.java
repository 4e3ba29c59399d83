package io.pulsecrm.oltp.contract.web;

import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.contract.ApprovalFlowDefinition;
import io.pulsecrm.oltp.contract.ApprovalFlowDefinition.StepInput;
import io.pulsecrm.oltp.contract.ApprovalFlowView;
import io.pulsecrm.oltp.contract.ApprovalStep;
import io.pulsecrm.oltp.contract.ApproverType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the approval flow endpoints. */
final class ApprovalFlowWeb {

    private ApprovalFlowWeb() {
    }

    @Schema(name = "NewApprovalFlow", description = "Enabling it disables the flow enabled before")
    record NewFlow(
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String name,
            @Schema(description = "default true") Boolean enabled,
            @NotEmpty(message = "must have 1 to 20 steps") @Size(max = 20, message = "must have 1 to 20 steps")
            List<@NotNull(message = "is required") @Valid Step> steps) {

        ApprovalFlowDefinition definition() {
            return new ApprovalFlowDefinition(name, enabled == null || enabled,
                    steps.stream().map(Step::input).toList());
        }
    }

    @Schema(name = "ApprovalFlowUpdate", description = "Steps cannot change while contracts wait in the flow")
    record FlowUpdate(
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String name,
            @NotNull(message = "is required") Boolean enabled,
            @NotEmpty(message = "must have 1 to 20 steps") @Size(max = 20, message = "must have 1 to 20 steps")
            List<@NotNull(message = "is required") @Valid Step> steps,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        ApprovalFlowDefinition definition() {
            return new ApprovalFlowDefinition(name, enabled, steps.stream().map(Step::input).toList());
        }
    }

    @Schema(name = "ApprovalStepInput", description = "ROLE with roleId, or USER with userId")
    record Step(@NotNull(message = "is required") ApproverType approverType,
            @Positive(message = "must be a role id") Long roleId,
            @Positive(message = "must be a user id") Long userId) {

        StepInput input() {
            return new StepInput(approverType, roleId, userId);
        }
    }

    @Schema(name = "ApprovalFlow")
    record FlowResponse(long id, String subject, String name, boolean enabled, List<ApprovalStep> steps,
            Instant createdAt, Instant updatedAt, int version) {

        static FlowResponse of(ApprovalFlowView view) {
            var flow = view.flow();
            return new FlowResponse(flow.getId(), flow.getSubject(), flow.getName(), flow.isEnabled(), view.steps(),
                    flow.getCreatedAt(), flow.getUpdatedAt(), flow.getVersion());
        }
    }
}
