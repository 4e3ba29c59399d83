package io.pulsecrm.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.pulsecrm.segment.Customers.TODAY;
import static io.pulsecrm.segment.Customers.bare;
import static io.pulsecrm.segment.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operator on each feature type, on a customer that has the feature (the {@link Customers#customer()}
 * defaults: 2 approved contracts, last receipt 10 days ago, 120000.00 received, industry IT, region 上海,
 * level KEY, source EXHIBITION, stage CUSTOMER, 4/9 follow-ups, campaigns 11 and 12) and on one that has not.
 */
class MatchingTest {

    private static boolean matches(String condition, Customers customer) {
        return Rule.parse(condition.replace('\'', '"')).matches(customer.build(), TODAY);
    }

    private static String cond(String feature, String operator, String values) {
        return "{'feature':'" + feature + "','operator':'" + operator + "','values':[" + values + "]}";
    }

    @ParameterizedTest(name = "{0} {1} [{2}] on a customer who has it → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "contract_count|EQ|2|true", "contract_count|EQ|3|false", "contract_count|NE|3|true", "contract_count|NE|2|false",
            "contract_count|GT|1|true", "contract_count|GT|2|false", "contract_count|GTE|2|true", "contract_count|GTE|3|false",
            "contract_count|LT|3|true", "contract_count|LT|2|false", "contract_count|LTE|2|true", "contract_count|LTE|1|false",
            "contract_count|BETWEEN|1,2|true", "contract_count|BETWEEN|2,2|true", "contract_count|BETWEEN|3,9|false",
            "contract_count|IS_SET||true", "contract_count|IS_NOT_SET||false",
            "recency_days|EQ|10|true", "recency_days|LTE|10|true", "recency_days|LT|10|false", "recency_days|GT|9|true",
            "recency_days|GT|10|false", "recency_days|BETWEEN|7,30|true", "recency_days|BETWEEN|11,30|false",
            "recency_days|IS_SET||true", "recency_days|NE|10|false",
            "follow_ups_30d|GT|3|true", "follow_ups_30d|GT|4|false", "follow_ups_90d|EQ|9|true", "follow_ups_90d|LT|9|false",
            "campaign_count|EQ|2|true", "campaign_count|GTE|3|false",
            "received_total|GTE|'100000.00'|true", "received_total|EQ|'120000'|true", "received_total|EQ|120000.0|true",
            "received_total|GT|'120000.00'|false", "received_total|LT|'120000.01'|true", "received_total|LTE|'119999.99'|false",
            "received_total|NE|'120000.00'|false", "received_total|BETWEEN|'0','120000'|true", "received_total|IS_SET||true",
            "industry|EQ|'IT'|true", "industry|EQ|'it'|false", "industry|NE|'FINANCE'|true", "industry|NE|'IT'|false",
            "industry|IN|'FINANCE','IT'|true", "industry|IN|'FINANCE'|false", "industry|NOT_IN|'IT','X'|false",
            "industry|NOT_IN|'FINANCE'|true", "industry|CONTAINS|'T'|true", "industry|CONTAINS|'t'|false",
            "industry|IS_SET||true", "industry|IS_NOT_SET||false", "region|CONTAINS|'海'|true", "region|EQ|'上海'|true",
            "level|EQ|'KEY'|true", "level|NE|'KEY'|false", "level|IN|'NORMAL','KEY'|true", "level|NOT_IN|'SMALL'|true",
            "source|EQ|'EXHIBITION'|true", "source|IN|'WEBSITE'|false", "lifecycle_stage|IN|'CUSTOMER','IN_PIPELINE'|true",
            "lifecycle_stage|NE|'CUSTOMER'|false",
            "campaigns|CONTAINS_ANY|12,99|true", "campaigns|CONTAINS_ANY|98,99|false", "campaigns|CONTAINS_ALL|12,11|true",
            "campaigns|CONTAINS_ALL|11,99|false", "campaigns|CONTAINS_NONE|99|true", "campaigns|CONTAINS_NONE|99,11|false",
    })
    void conditionOnACustomerWhoHasTheFeature(String feature, String operator, String values, boolean expected) {
        assertThat(matches(cond(feature, operator, values == null ? "" : values), customer())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} [{2}] on a customer who has not → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "recency_days|GT|0|false", "recency_days|LT|100000|false", "recency_days|EQ|0|false", "recency_days|NE|5|true",
            "recency_days|BETWEEN|0,100000|false", "recency_days|IS_SET||false", "recency_days|IS_NOT_SET||true",
            "industry|EQ|'IT'|false", "industry|NE|'IT'|true", "industry|IN|'IT'|false", "industry|NOT_IN|'IT'|true",
            "industry|CONTAINS|'I'|false", "industry|IS_SET||false", "industry|IS_NOT_SET||true",
            "source|EQ|'OTHER'|false", "source|NE|'OTHER'|true", "source|IN|'OTHER'|false", "source|NOT_IN|'OTHER'|true",
            "campaigns|CONTAINS_ANY|1|false", "campaigns|CONTAINS_ALL|1|false", "campaigns|CONTAINS_NONE|1|true",
            "contract_count|EQ|0|true", "contract_count|IS_SET||true", "received_total|EQ|'0'|true",
            "follow_ups_90d|LT|1|true", "campaign_count|EQ|0|true", "lifecycle_stage|EQ|'POOLED'|true",
    })
    void conditionOnACustomerWhoHasNot(String feature, String operator, String values, boolean expected) {
        assertThat(matches(cond(feature, operator, values == null ? "" : values), bare())).isEqualTo(expected);
    }

    @Test
    void anEmptyTextIsNotSetJustLikeNull() {
        Customers blank = customer().industry("");

        assertThat(matches(cond("industry", "IS_NOT_SET", ""), blank)).isTrue();
        assertThat(matches(cond("industry", "NE", "'IT'"), blank)).isTrue();
        assertThat(matches(cond("industry", "CONTAINS", "'I'"), blank)).isFalse();
    }

    @Test
    void anUnknownTotalReceivedIsNotSet() {
        Customers unknown = customer().receivedTotal(null);

        assertThat(matches(cond("received_total", "IS_NOT_SET", ""), unknown)).isTrue();
        assertThat(matches(cond("received_total", "GTE", "'0'"), unknown)).isFalse();
        assertThat(matches(cond("received_total", "NE", "'5'"), unknown)).isTrue();
    }

    @Test
    void recencyIsCountedToTheEvaluationDateNotToToday() {
        Rule recent = Rule.parse("{\"feature\":\"recency_days\",\"operator\":\"LTE\",\"values\":[30]}");
        CustomerFeatures paidOnNewYear = customer().lastReceiptOn(TODAY.withDayOfYear(1)).build();

        assertThat(recent.matches(paidOnNewYear, TODAY.withDayOfYear(31))).isTrue();
        assertThat(recent.matches(paidOnNewYear, TODAY.withDayOfYear(32))).isFalse();
        assertThat(recent.matches(paidOnNewYear, TODAY.withDayOfYear(1))).isTrue();
    }

    @Test
    void andNeedsEveryChildOrNeedsOne() {
        String keyIt = "{'op':'AND','rules':[" + cond("level", "EQ", "'KEY'") + "," + cond("industry", "EQ", "'IT'") + "]}";
        String keyOrIt = keyIt.replace("'AND'", "'OR'");

        assertThat(matches(keyIt, customer())).isTrue();
        assertThat(matches(keyIt, customer().industry("FINANCE"))).isFalse();
        assertThat(matches(keyOrIt, customer().industry("FINANCE"))).isTrue();
        assertThat(matches(keyOrIt, customer().industry("FINANCE").level("SMALL"))).isFalse();
    }

    @Test
    void theContractsExampleRuleSelectsIndustryAndEitherMoneyOrEngagement() {
        String example = """
                {'op': 'AND', 'rules': [
                  {'feature': 'industry', 'operator': 'IN', 'values': ['IT', 'FINANCE']},
                  {'op': 'OR', 'rules': [
                    {'feature': 'received_total', 'operator': 'GTE', 'values': ['100000.00']},
                    {'feature': 'follow_ups_30d', 'operator': 'GT', 'values': [3]}]}]}""";

        assertThat(matches(example, customer().receivedTotal("5.00"))).isTrue();
        assertThat(matches(example, customer().followUps30d(0))).isTrue();
        assertThat(matches(example, customer().receivedTotal("99999.99").followUps30d(3))).isFalse();
        assertThat(matches(example, customer().industry("RETAIL"))).isFalse();
    }

    @Test
    void campaignsAreComparedAsASetWhateverTheirOrderOrRepeats() {
        CustomerFeatures repeated = customer().campaigns(12L, 11L, 12L).build();

        assertThat(repeated.campaigns()).containsExactly(11L, 12L);
        assertThat(repeated.campaignCount()).isEqualTo(2);
    }
}
