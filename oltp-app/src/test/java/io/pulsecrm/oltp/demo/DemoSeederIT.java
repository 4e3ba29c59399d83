package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecrm.oltp.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Seeding needs an empty database: this context gets a schema of its own, migrated by Flyway. */
@SpringBootTest(properties = "crm.demo.seed=true")
class DemoSeederIT {

    private static final String SCHEMA = "demo_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Autowired
    DemoSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, SCHEMA);
    }

    @Test
    void startupSeedsTheUsualStagesAndBelievableDeals() {
        List<Map<String, Object>> stages = jdbc.sql("select name, win_rate from opportunity_stage order by position")
                .query().listOfRows();
        assertThat(stages).extracting(row -> row.get("name"))
                .containsExactly("初步接洽", "需求确认", "方案报价", "谈判审核");
        assertThat(stages).extracting(row -> row.get("win_rate").toString())
                .containsExactly("10.00", "30.00", "50.00", "80.00");

        assertThat(count("select count(*) from opportunity")).isEqualTo(DemoSeeder.DEALS);
        assertThat(count("select count(*) from opportunity where status = 'WON'")).isPositive();
        assertThat(count("select count(*) from opportunity where status = 'LOST' and lost_reason is not null")).isPositive();
        assertThat(count("select count(*) from opportunity where status = 'OPEN'")).isGreaterThan(DemoSeeder.DEALS / 2);
        assertThat(count("select count(distinct stage_id) from opportunity")).isEqualTo(4);
        assertThat(count("select count(*) from opportunity_stage_move")).isPositive();
    }

    @Test
    void seedingAgainChangesNothing() {
        long deals = count("select count(*) from opportunity");
        long moves = count("select count(*) from opportunity_stage_move");

        assertThat(seeder.seedIfEmpty()).isFalse();

        assertThat(count("select count(*) from opportunity")).isEqualTo(deals);
        assertThat(count("select count(*) from opportunity_stage_move")).isEqualTo(moves);
        assertThat(count("select count(*) from opportunity_stage")).isEqualTo(4);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
