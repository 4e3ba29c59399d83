package io.pulsecrm.oltp.receivable;

import java.sql.Timestamp;
import java.time.Clock;

import io.pulsecrm.oltp.contract.ContractTransferred;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A contract's plans and receipts are owned as the contract is: when it changes owner they follow,
 * in the transferring transaction (a synchronous listener), attributed to the new owner's department.
 */
@Component
class ReceivablesFollowContract {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReceivablesFollowContract(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String PLANS = """
            update payment_plan set owner_id = :owner, owner_dept_id = :dept, updated_at = :at, version = version + 1
            where contract_id = :contract and (owner_id <> :owner or owner_dept_id <> :dept)
            """;
    private static final String RECEIPTS = """
            update receipt set owner_id = :owner, owner_dept_id = :dept, updated_at = :at, version = version + 1
            where contract_id = :contract and (owner_id <> :owner or owner_dept_id <> :dept)
            """;

    @EventListener
    void on(ContractTransferred transferred) {
        for (String sql : new String[] {PLANS, RECEIPTS}) {
            jdbc.sql(sql).param("owner", transferred.ownerId()).param("dept", transferred.ownerDeptId())
                    .param("at", Timestamp.from(clock.instant())).param("contract", transferred.contractId()).update();
        }
    }
}
