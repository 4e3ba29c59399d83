package io.pulsecrm.segment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClickHouseSqlTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private static Rule rule(String singleQuoted) {
        return Rule.parse(singleQuoted.replace('\'', '"'));
    }

    /** One condition of every kind, with the values given; the SQL must depend on none of them. */
    private static Rule everyKind(String text, long number, String amount, long campaign, String level) {
        return rule("{'op':'OR','rules':["
                + "{'feature':'industry','operator':'EQ','values':['" + text + "']},"
                + "{'feature':'region','operator':'NOT_IN','values':['" + text + "','" + text + "2']},"
                + "{'feature':'region','operator':'CONTAINS','values':['" + text + "']},"
                + "{'op':'AND','rules':["
                + "{'feature':'contract_count','operator':'BETWEEN','values':[" + number + "," + (number + 1) + "]},"
                + "{'feature':'recency_days','operator':'NE','values':[" + number + "]},"
                + "{'feature':'received_total','operator':'GTE','values':['" + amount + "']},"
                + "{'feature':'campaigns','operator':'CONTAINS_ALL','values':[" + campaign + "]},"
                + "{'feature':'campaign_count','operator':'LT','values':[" + number + "]},"
                + "{'feature':'level','operator':'IN','values':['" + level + "']},"
                + "{'feature':'industry','operator':'IS_NOT_SET','values':[]}]}]}");
    }

    @Test
    void theSqlTextCarriesNoValueOnlyPlaceholders() {
        SqlPredicate predicate = everyKind("ZQXW", 987654, "123456.78", 424242, "SMALL").toClickHouse(DAY);

        assertThat(predicate.sql()).doesNotContain("ZQXW", "987654", "987655", "123456", "424242", "SMALL", "2026");
        assertThat(predicate.params()).containsExactly("ZQXW", "ZQXW", "ZQXW2", "ZQXW", 987654L, 987655L,
                DAY.toString(), 987654L, "123456.78", 424242L, 987654L, "SMALL");
        assertThat(predicate.sql().chars().filter(c -> c == '?').count()).isEqualTo(predicate.params().size());
    }

    @Test
    void theSqlTextDependsOnlyOnTheRulesShape() {
        String one = everyKind("IT", 3, "100000.00", 7, "KEY").toClickHouse(DAY).sql();
        String other = everyKind("x) OR 1=1; DROP TABLE customer_features; --", -5, "-0.01", 9_000_000_000L, "NORMAL")
                .toClickHouse(DAY.plusYears(3)).sql();

        assertThat(other).isEqualTo(one).doesNotContain("DROP");
    }

    @Test
    void theContractsExampleBecomesGuardedComparisons() {
        SqlPredicate predicate = rule("""
                {'op': 'AND', 'rules': [
                  {'feature': 'industry', 'operator': 'IN', 'values': ['IT', 'FINANCE']},
                  {'op': 'OR', 'rules': [
                    {'feature': 'received_total', 'operator': 'GTE', 'values': ['100000.00']},
                    {'feature': 'follow_ups_30d', 'operator': 'GT', 'values': [3]}]}]}""").toClickHouse(DAY);

        assertThat(predicate.sql()).isEqualTo("(((industry IS NOT NULL AND length(industry) > 0) AND industry IN (?, ?))"
                + " AND (((received_total IS NOT NULL) AND received_total >= CAST(? AS Decimal(38, 2)))"
                + " OR ((follow_ups_30d IS NOT NULL) AND follow_ups_30d > ?)))");
        assertThat(predicate.params()).containsExactly("IT", "FINANCE", "100000.00", 3L);
    }

    @Test
    void recencyIsCountedInClickHouseFromTheLastReceiptToTheEvaluationDate() {
        SqlPredicate predicate = rule("{'feature':'recency_days','operator':'BETWEEN','values':[30, 90]}").toClickHouse(DAY);

        assertThat(predicate.sql()).isEqualTo(
                "((last_receipt_on IS NOT NULL) AND (dateDiff('day', last_receipt_on, toDate(?)) BETWEEN ? AND ?))");
        assertThat(predicate.params()).containsExactly("2026-03-15", 30L, 90L);
    }

    @Test
    void negationsHoldWhereTheFeatureIsNotSet() {
        assertThat(rule("{'feature':'source','operator':'NOT_IN','values':['OTHER']}").toClickHouse(DAY).sql())
                .isEqualTo("((NOT (source IS NOT NULL AND length(source) > 0)) OR source NOT IN (?))");
        assertThat(rule("{'feature':'campaigns','operator':'CONTAINS_NONE','values':[1, 2]}").toClickHouse(DAY).sql())
                .isEqualTo("(NOT hasAny(campaigns, CAST([?, ?] AS Array(Int64))))");
    }
}
