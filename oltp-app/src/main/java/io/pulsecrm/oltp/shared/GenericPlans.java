package io.pulsecrm.oltp.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets PostgreSQL reuse the generic plans of the current transaction's prepared statements.
 *
 * <p>The pool's connections start with {@code plan_cache_mode = force_custom_plan} (application.yml): list pages bind
 * the owners in scope as an array whose size decides the right plan, so every statement is planned for its values,
 * every time. A statement that reads or writes records by their key has one right plan whatever the key, and planning
 * it again cost more than running it: under {@code ./crm bench crm} the customer detail's four reads spent 0.09–0.23 ms
 * each in the planner against 0.02–0.09 ms in the executor. A transaction made only of such statements calls
 * {@link #forThisTransaction()} first; PostgreSQL then plans each prepared statement for its values five times and
 * keeps the generic plan if it costs no more ({@code auto}). {@code set local} ends with the transaction.
 */
@Component
public class GenericPlans {

    private final JdbcClient jdbc;

    GenericPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws IllegalStateException outside a transaction, where the setting would not hold for the next statement */
    public void forThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("generic plans are set per transaction, and none is active");
        }
        jdbc.sql("set local plan_cache_mode = auto").update();
    }
}
