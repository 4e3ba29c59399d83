package io.pulsecrm.segment;

import io.pulsecrm.localstack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two evaluations of a rule agree: over a {@code customer_features} table on the real ClickHouse
 * endpoint, {@link Rule#toClickHouse}'s predicate selects exactly the customers {@link Rule#matches}
 * accepts — for every operator on every feature, and for random AND/OR trees, with customers that
 * lack features (NULL, empty text, no receipt, no campaign) among them.
 */
class PredicateAgreesWithMatchesIT {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private static final String DATABASE = "segment_rules_it_" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<CustomerFeatures> CUSTOMERS = new ArrayList<>();
    private static Connection clickhouse;

    @BeforeAll
    static void customerFeatures() throws SQLException {
        var endpoint = LocalStack.shared().clickhouse();
        clickhouse = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
        try (Statement ddl = clickhouse.createStatement()) {
            ddl.execute("CREATE DATABASE " + DATABASE);
            ddl.execute("CREATE TABLE " + DATABASE + ".customer_features (" + RuleSamples.COLUMNS_DDL + ")"
                    + " ENGINE = ReplacingMergeTree(version) ORDER BY customer_id");
        }
        Random random = new Random(20260315);
        for (long id = 1; id <= 400; id++) {
            CUSTOMERS.add(RuleSamples.customer(id, DAY, random));
        }
        try (PreparedStatement insert = clickhouse.prepareStatement("INSERT INTO " + DATABASE + ".customer_features"
                + " (customer_id, owner_id, owner_dept_id, industry, region, level, source, lifecycle_stage, last_receipt_on,"
                + " contract_count, received_total, follow_ups_30d, follow_ups_90d, campaigns, evaluated_on, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CustomerFeatures c : CUSTOMERS) {
                bindRow(insert, c);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (clickhouse != null) {
            try (Statement ddl = clickhouse.createStatement()) {
                ddl.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
            clickhouse.close();
        }
    }

    @Test
    void everyOperatorOnEveryFeatureSelectsWhatMatchesAccepts() throws SQLException {
        int splitting = 0;
        for (Rule rule : RuleSamples.everyOperatorOnEveryFeature()) {
            List<Long> expected = matching(rule);
            assertThat(selected(rule)).as(rule.toJsonText()).isEqualTo(expected);
            splitting += expected.isEmpty() || expected.size() == CUSTOMERS.size() ? 0 : 1;
        }
        // Guards the test itself: most conditions must split the customers, or agreement proves little.
        assertThat(splitting).isGreaterThan(RuleSamples.everyOperatorOnEveryFeature().size() * 3 / 4);
    }

    @Test
    void randomRuleTreesSelectWhatMatchesAccepts() throws SQLException {
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            Rule rule = RuleSamples.randomTree(random, 3);
            assertThat(selected(rule)).as(rule.toJsonText()).isEqualTo(matching(rule));
        }
    }

    @Test
    void recencyFollowsTheEvaluationDate() throws SQLException {
        Rule paidWithinAMonth = Rule.parse("{\"feature\":\"recency_days\",\"operator\":\"LTE\",\"values\":[30]}");

        for (LocalDate day : List.of(DAY.minusDays(45), DAY, DAY.plusDays(60))) {
            assertThat(selected(paidWithinAMonth, day)).as(day.toString()).isEqualTo(matching(paidWithinAMonth, day));
        }
    }

    private static List<Long> matching(Rule rule) {
        return matching(rule, DAY);
    }

    private static List<Long> matching(Rule rule, LocalDate day) {
        return CUSTOMERS.stream().filter(c -> rule.matches(c, day)).map(CustomerFeatures::customerId).toList();
    }

    private static List<Long> selected(Rule rule) throws SQLException {
        return selected(rule, DAY);
    }

    private static List<Long> selected(Rule rule, LocalDate day) throws SQLException {
        SqlPredicate predicate = rule.toClickHouse(day);
        try (PreparedStatement query = clickhouse.prepareStatement("SELECT customer_id FROM " + DATABASE
                + ".customer_features FINAL WHERE " + predicate.sql() + " ORDER BY customer_id")) {
            predicate.bind(query, 1);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void bindRow(PreparedStatement insert, CustomerFeatures c) throws SQLException {
        insert.setLong(1, c.customerId());
        insert.setObject(2, c.ownerId(), Types.BIGINT);
        insert.setObject(3, c.ownerDeptId(), Types.BIGINT);
        insert.setObject(4, c.industry(), Types.VARCHAR);
        insert.setObject(5, c.region(), Types.VARCHAR);
        insert.setString(6, c.level());
        insert.setObject(7, c.source(), Types.VARCHAR);
        insert.setString(8, c.lifecycleStage());
        insert.setObject(9, c.lastReceiptOn(), Types.DATE);
        insert.setInt(10, c.contractCount());
        insert.setBigDecimal(11, c.receivedTotal());
        insert.setInt(12, c.followUps30d());
        insert.setInt(13, c.followUps90d());
        insert.setObject(14, c.campaigns());
        insert.setObject(15, DAY);
        insert.setLong(16, 1);
    }
}
