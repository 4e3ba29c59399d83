package io.pulsecrm.oltp.contract;

import java.util.Set;

/** One step of an approval flow (position from 1): a role whose holders decide it, or a user. */
public record ApprovalStep(int position, ApproverType approverType, Long roleId, Long userId) {

    /** Whether this user, holding these roles, is who the step waits for. */
    public boolean matches(long candidate, Set<Long> candidateRoles) {
        return switch (approverType) {
            case ROLE -> roleId != null && candidateRoles.contains(roleId);
            case USER -> userId != null && userId == candidate;
        };
    }
}
