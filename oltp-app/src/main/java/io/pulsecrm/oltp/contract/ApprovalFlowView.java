package io.pulsecrm.oltp.contract;

import java.util.List;

/** A flow with its steps. */
public record ApprovalFlowView(ApprovalFlow flow, List<ApprovalStep> steps) {
}
