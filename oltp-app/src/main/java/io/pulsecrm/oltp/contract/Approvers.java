package io.pulsecrm.oltp.contract;

import java.util.HashSet;
import java.util.Set;

import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a pending contract waits for: whoever matches its current step (holds the step's role, or
 * is the step's user) and holds {@code contract:approve}.
 */
@Component
class Approvers {

    static final String PERMISSION = "contract:approve";

    private final ApprovalFlowService flows;
    private final JdbcClient jdbc;

    Approvers(ApprovalFlowService flows, JdbcClient jdbc) {
        this.flows = flows;
        this.jdbc = jdbc;
    }

    boolean awaits(Contract contract, Viewer viewer) {
        if (contract.getStatus() != ContractStatus.PENDING_APPROVAL || !viewer.can(PERMISSION)) {
            return false;
        }
        ApprovalRoute route = flows.route(contract.getFlowId());
        return route.awaits(contract.getCurrentStep(), viewer.userId(), roleIds(viewer.userId()));
    }

    Set<Long> roleIds(long userId) {
        return new HashSet<>(jdbc.sql("select role_id from user_role where user_id = :user").param("user", userId)
                .query(Long.class).list());
    }
}
