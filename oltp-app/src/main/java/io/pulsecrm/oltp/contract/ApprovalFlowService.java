package io.pulsecrm.oltp.contract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.contract.ApprovalFlowDefinition.StepInput;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configures the contract approval flows. Enabling one disables the one enabled before (one
 * enabled flow per subject, as the unique index says). A flow contracts wait in keeps its steps;
 * a flow any contract went through is kept (disable it instead).
 */
@Service
@Transactional(readOnly = true)
public class ApprovalFlowService {

    static final String ENTITY = "APPROVAL_FLOW";
    static final int STEPS_MAX = 20;
    private static final Logger log = LoggerFactory.getLogger(ApprovalFlowService.class);

    private final ApprovalFlowRepository flows;
    private final ApprovalSteps steps;
    private final OperationLog operations;
    private final Clock clock;

    ApprovalFlowService(ApprovalFlowRepository flows, ApprovalSteps steps, OperationLog operations, Clock clock) {
        this.flows = flows;
        this.steps = steps;
        this.operations = operations;
        this.clock = clock;
    }

    public List<ApprovalFlowView> list() {
        return flows.findAllByOrderByIdAsc().stream().map(flow -> new ApprovalFlowView(flow, steps.of(flow.getId())))
                .toList();
    }

    public ApprovalFlowView get(long id) {
        ApprovalFlow flow = flows.findById(id).orElseThrow(() -> new ApprovalFlowNotFound(id));
        return new ApprovalFlowView(flow, steps.of(id));
    }

    /** The route a contract submitted now goes along; empty when no flow is enabled. */
    Optional<ApprovalRoute> enabledRoute() {
        return flows.findBySubjectAndEnabledTrue(ApprovalFlow.CONTRACT)
                .map(flow -> new ApprovalRoute(flow.getId(), steps.of(flow.getId())));
    }

    /** The route of the flow a contract was submitted to. */
    ApprovalRoute route(long flowId) {
        return new ApprovalRoute(flowId, steps.of(flowId));
    }

    @Transactional
    public ApprovalFlowView create(ApprovalFlowDefinition definition) {
        List<ApprovalStep> route = checked(definition);
        ApprovalFlow flow = ApprovalFlow.define(definition.name(), definition.enabled(), clock.instant());
        if (flow.isEnabled()) {
            disableOthers(null);
        }
        flows.saveAndFlush(flow);
        steps.replace(flow.getId(), route);
        operations.record(ENTITY, flow.getId(), "CREATE", flow.getName(),
                Changes.none().field("steps", null, describe(route)).field("enabled", null, flow.isEnabled()));
        log.info("Approval flow {} defined with {} steps", flow.getId(), route.size());
        return new ApprovalFlowView(flow, route);
    }

    @Transactional
    public ApprovalFlowView update(long id, ApprovalFlowDefinition definition, int version) {
        ApprovalFlowView current = get(id);
        ApprovalFlow flow = current.flow();
        StaleVersion.check("approval flow", id, version, flow.getVersion());
        List<ApprovalStep> route = checked(definition);
        boolean stepsChange = !route.equals(current.steps());
        if (stepsChange && steps.contractsUsing(id, true) > 0) {
            throw new ApprovalFlowInUse(id, "has contracts waiting for approval in it: its steps cannot change "
                    + "until they are decided (create a new flow and enable it instead)");
        }
        Changes changes = Changes.none().field("name", flow.getName(), definition.name().strip())
                .field("enabled", flow.isEnabled(), definition.enabled())
                .field("steps", describe(current.steps()), describe(route));
        if (definition.enabled() && !flow.isEnabled()) {
            disableOthers(id);
        }
        flow.revise(definition.name(), definition.enabled(), clock.instant());
        flows.saveAndFlush(flow);
        if (stepsChange) {
            steps.replace(id, route);
        }
        operations.record(ENTITY, id, "UPDATE", flow.getName(), changes);
        return new ApprovalFlowView(flow, route);
    }

    @Transactional
    public void delete(long id) {
        ApprovalFlow flow = get(id).flow();
        long used = steps.contractsUsing(id, false);
        if (used > 0) {
            throw new ApprovalFlowInUse(id, "was used by %d contract(s): it is kept as their history; disable it"
                    .formatted(used));
        }
        flows.delete(flow);
        flows.flush();
        operations.record(ENTITY, id, "DELETE", flow.getName(), Changes.none());
        log.info("Approval flow {} deleted", id);
    }

    private void disableOthers(Long keep) {
        flows.findBySubjectAndEnabledTrue(ApprovalFlow.CONTRACT).filter(other -> !other.getId().equals(keep))
                .ifPresent(other -> {
                    other.disable(clock.instant());
                    flows.saveAndFlush(other);
                    operations.record(ENTITY, other.getId(), "DISABLE", "another flow was enabled", Changes.none());
                });
    }

    /** Validates the definition against the roles and users that exist, naming each bad step field. */
    private List<ApprovalStep> checked(ApprovalFlowDefinition definition) {
        FieldChecks checks = new FieldChecks().text(definition.name(), "name", ApprovalFlow.NAME_MAX);
        List<StepInput> inputs = definition.steps() == null ? List.of() : definition.steps();
        checks.require(!inputs.isEmpty() && inputs.size() <= STEPS_MAX, "steps", "must have 1 to 20 steps");
        List<ApprovalStep> route = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            StepInput in = inputs.get(i);
            String at = "steps[%d].".formatted(i);
            if (in == null || in.approverType() == null) {
                checks.require(false, at + "approverType", "is required");
                continue;
            }
            boolean byRole = in.approverType() == ApproverType.ROLE;
            Long needed = byRole ? in.roleId() : in.userId();
            Long other = byRole ? in.userId() : in.roleId();
            String neededField = at + (byRole ? "roleId" : "userId");
            checks.require(needed != null, neededField, "is required for a " + in.approverType() + " step");
            checks.require(other == null, at + (byRole ? "userId" : "roleId"),
                    "must be empty for a " + in.approverType() + " step");
            if (needed != null) {
                boolean exists = byRole ? steps.roleExists(needed) : steps.enabledUserExists(needed);
                checks.require(exists, neededField, (byRole ? "role %d does not exist" : "user %d does not exist or is disabled")
                        .formatted(needed));
            }
            route.add(new ApprovalStep(i + 1, in.approverType(), byRole ? needed : null, byRole ? null : needed));
        }
        checks.orThrow(InvalidContract::new);
        return route;
    }

    private static String describe(List<ApprovalStep> route) {
        return route.stream().map(step -> step.approverType() == ApproverType.ROLE ? "role " + step.roleId()
                : "user " + step.userId()).toList().toString();
    }
}
