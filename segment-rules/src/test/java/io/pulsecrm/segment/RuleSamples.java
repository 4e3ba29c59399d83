package io.pulsecrm.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Customers and rules drawn from small pools, so that rules split the customers many ways. */
final class RuleSamples {

    /** The columns of {@code customer_features} as the segmentation contract describes them. */
    static final String COLUMNS_DDL = """
            customer_id Int64, owner_id Nullable(Int64), owner_dept_id Nullable(Int64),
            industry Nullable(String), region Nullable(String), level LowCardinality(String),
            source LowCardinality(Nullable(String)), lifecycle_stage LowCardinality(String),
            last_receipt_on Nullable(Date), contract_count UInt32, received_total Nullable(Decimal(18, 2)),
            follow_ups_30d UInt32, follow_ups_90d UInt32, campaigns Array(Int64), evaluated_on Date, version UInt64""";

    private static final List<String> INDUSTRIES = Arrays.asList(null, "", "IT", "FINANCE", "制造业", "IT服务", "it");
    private static final List<String> REGIONS = Arrays.asList(null, "", "上海", "北京", "上海浦东");
    private static final List<String> SOURCES = Arrays.asList(null, "SEARCH", "EXHIBITION", "WEBSITE", "OTHER");
    private static final List<Integer> RECEIPT_DAYS_AGO = Arrays.asList(null, 0, 1, 10, 29, 30, 31, 89, 90, 91, 365, -1);
    private static final List<String> AMOUNTS = Arrays.asList(null, "0.00", "5.50", "99999.99", "100000.00",
            "100000.01", "250000.00", "1234567.89");
    private static final List<Long> CAMPAIGNS = List.of(1L, 2L, 3L, 9_000_000_000L);

    private RuleSamples() {
    }

    static CustomerFeatures customer(long id, LocalDate day, Random random) {
        Integer daysAgo = pick(random, RECEIPT_DAYS_AGO);
        String amount = pick(random, AMOUNTS);
        int followUps30d = random.nextInt(6);
        List<Long> campaigns = CAMPAIGNS.stream().filter(c -> random.nextInt(3) == 0).toList();
        boolean pooled = random.nextInt(5) == 0;
        return new CustomerFeatures(id, pooled ? null : 100 + id % 7, pooled ? null : 10 + id % 3,
                pick(random, INDUSTRIES), pick(random, REGIONS), pick(random, codes(Feature.LEVEL)),
                pick(random, SOURCES), pooled ? "POOLED" : pick(random, codes(Feature.LIFECYCLE_STAGE)),
                daysAgo == null ? null : day.minusDays(daysAgo), random.nextInt(6),
                amount == null ? null : new BigDecimal(amount), followUps30d, followUps30d + random.nextInt(5), campaigns);
    }

    /** Values a condition on the feature may compare with, chosen around the customers' values. */
    static List<Object> pool(Feature feature) {
        return switch (feature) {
            case RECENCY_DAYS -> List.of(-1L, 0L, 1L, 10L, 30L, 31L, 90L, 365L);
            case CONTRACT_COUNT -> List.of(0L, 1L, 2L, 3L, 5L);
            case RECEIVED_TOTAL -> List.of(new BigDecimal("0.00"), new BigDecimal("5.50"), new BigDecimal("99999.99"),
                    new BigDecimal("100000.00"), new BigDecimal("250000.00"));
            case FOLLOW_UPS_30D, FOLLOW_UPS_90D -> List.of(0L, 1L, 3L, 5L, 8L);
            case CAMPAIGN_COUNT -> List.of(0L, 1L, 2L, 3L);
            case INDUSTRY -> List.of("IT", "FINANCE", "制造业", "IT服务", "T", "服务");
            case REGION -> List.of("上海", "北京", "上海浦东", "海");
            case LEVEL, SOURCE, LIFECYCLE_STAGE -> List.copyOf(codes(feature));
            case CAMPAIGNS -> List.copyOf(CAMPAIGNS);
        };
    }

    /** Every operator of every feature, with each value of its pool (pairs of neighbours for multi-valued ones). */
    static List<Rule> everyOperatorOnEveryFeature() {
        List<Rule> rules = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            List<Object> pool = sorted(pool(feature));
            for (Operator operator : feature.type().operators()) {
                if (operator.maxValues() == 0) {
                    rules.add(new Condition(feature, operator, List.of()));
                } else if (operator.minValues() == 1 && operator.maxValues() == 1) {
                    pool.forEach(v -> rules.add(new Condition(feature, operator, List.of(v))));
                } else {
                    for (int i = 0; i + 1 < pool.size(); i++) {
                        rules.add(new Condition(feature, operator, List.of(pool.get(i), pool.get(i + 1))));
                    }
                }
            }
        }
        return rules;
    }

    /** A random AND/OR tree of up to {@code depth} groups with random conditions. */
    static Rule randomTree(Random random, int depth) {
        List<Rule> children = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            children.add(depth > 1 && random.nextInt(3) == 0 ? randomTree(random, depth - 1) : randomCondition(random));
        }
        return new Group(random.nextBoolean() ? Group.Op.AND : Group.Op.OR, children);
    }

    private static Condition randomCondition(Random random) {
        Feature feature = pick(random, List.of(Feature.values()));
        Operator operator = pick(random, List.copyOf(feature.type().operators()));
        List<Object> pool = pool(feature);
        int count = operator.minValues() + random.nextInt(Math.min(operator.maxValues(), 3) - operator.minValues() + 1);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(pick(random, pool));
        }
        return new Condition(feature, operator, operator == Operator.BETWEEN ? sorted(values) : values);
    }

    private static List<Object> sorted(List<Object> values) {
        return values.stream().sorted(Matching::compare).toList();
    }

    private static List<String> codes(Feature feature) {
        return feature.choices().stream().map(Choice::code).toList();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
