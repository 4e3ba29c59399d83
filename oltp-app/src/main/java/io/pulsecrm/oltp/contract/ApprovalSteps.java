package io.pulsecrm.oltp.contract;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approval_step rows of flows, replaced as a whole; and who holds which role. */
@Component
class ApprovalSteps {

    private final JdbcClient jdbc;

    ApprovalSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApprovalStep> of(long flowId) {
        return jdbc.sql("""
                select position, approver_type, role_id, user_id from approval_step
                where flow_id = :flow order by position
                """).param("flow", flowId).query(ApprovalStep.class).list();
    }

    void replace(long flowId, List<ApprovalStep> steps) {
        jdbc.sql("delete from approval_step where flow_id = :flow").param("flow", flowId).update();
        for (ApprovalStep step : steps) {
            jdbc.sql("""
                    insert into approval_step (flow_id, position, approver_type, role_id, user_id)
                    values (:flow, :position, :type, :role, :user)
                    """).param("flow", flowId).param("position", step.position())
                    .param("type", step.approverType().name()).param("role", step.roleId())
                    .param("user", step.userId()).update();
        }
    }

    boolean roleExists(long roleId) {
        return jdbc.sql("select count(*) from app_role where id = :id").param("id", roleId)
                .query(Long.class).single() > 0;
    }

    boolean enabledUserExists(long userId) {
        return jdbc.sql("select count(*) from app_user where id = :id and enabled").param("id", userId)
                .query(Long.class).single() > 0;
    }

    /** Contracts that went through the flow (decided or not), and those waiting in it now. */
    long contractsUsing(long flowId, boolean pendingOnly) {
        return jdbc.sql("""
                select count(*) from contract
                where flow_id = :flow and (not :pending or status = 'PENDING_APPROVAL')
                """).param("flow", flowId).param("pending", pendingOnly).query(Long.class).single();
    }
}
