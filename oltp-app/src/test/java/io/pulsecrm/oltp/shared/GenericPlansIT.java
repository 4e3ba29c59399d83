package io.pulsecrm.oltp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** By-key transactions reuse generic plans; every other statement stays planned for its values. */
class GenericPlansIT extends ApiIntegrationTest {

    @Autowired
    GenericPlans genericPlans;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTransactionThatAsksForGenericPlansGetsThemAndTheNextOneDoesNot() {
        Map<String, Long> generic = transaction.execute(status -> {
            genericPlans.forThisTransaction();
            assertThat(planCacheMode()).isEqualTo("auto");
            return plansOf("generic-plans-it");
        });
        // the driver prepares the statement on the server after five runs; the server then plans it for its
        // values five times before it compares the generic plan
        assertThat(generic.get("generic")).isPositive();

        Map<String, Long> custom = transaction.execute(status -> {
            assertThat(planCacheMode()).isEqualTo("force_custom_plan");
            return plansOf("custom-plans-it");
        });
        assertThat(custom.get("generic")).isZero();
        assertThat(custom.get("custom")).isPositive();
    }

    @Test
    void outsideATransactionItRefusesRatherThanSetNothing() {
        assertThatThrownBy(() -> genericPlans.forThisTransaction())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none is active");
    }

    private String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }

    /** Runs one by-key read twenty times on this transaction's connection; its plans as the server counted them. */
    private Map<String, Long> plansOf(String tag) {
        String sql = "select count(*) from customer where id = :id /* " + tag + " */";
        for (long id = 1; id <= 20; id++) {
            jdbc.sql(sql).param("id", id).query(Long.class).single();
        }
        return jdbc.sql("select generic_plans, custom_plans from pg_prepared_statements where statement like :tag")
                .param("tag", "%" + tag + "%")
                .query((rs, n) -> Map.of("generic", rs.getLong(1), "custom", rs.getLong(2))).single();
    }
}
