package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;

import io.pulsecrm.oltp.contract.ContractPlans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the contract feature what a contract's plans already plan, and sums them for this one. */
@Component
class PlannedAmounts implements ContractPlans {

    private final JdbcClient jdbc;

    PlannedAmounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal plannedFor(long contractId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payment_plan where contract_id = :id")
                .param("id", contractId).query(BigDecimal.class).single();
    }
}
