package io.pulsecrm.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A condition on one customer. Mirrors {@link ClickHouseSql} operator for operator; the IT
 * {@code PredicateAgreesWithMatchesIT} holds the two to the same answers.
 */
final class Matching {

    private Matching() {
    }

    static boolean matches(Condition condition, CustomerFeatures customer, LocalDate evaluationDate) {
        Object actual = value(condition.feature(), customer, evaluationDate);
        Operator operator = condition.operator();
        if (actual instanceof List<?> set) {
            return containment(operator, set, condition.values());
        }
        boolean set = actual != null && !(actual instanceof String text && text.isEmpty());
        if (!set) {
            return operator.holdsWhenUnset();
        }
        List<Object> values = condition.values();
        return switch (operator) {
            case EQ, IN -> values.stream().anyMatch(v -> compare(actual, v) == 0);
            case NE, NOT_IN -> values.stream().noneMatch(v -> compare(actual, v) == 0);
            case GT -> compare(actual, values.getFirst()) > 0;
            case GTE -> compare(actual, values.getFirst()) >= 0;
            case LT -> compare(actual, values.getFirst()) < 0;
            case LTE -> compare(actual, values.getFirst()) <= 0;
            case BETWEEN -> compare(actual, values.get(0)) >= 0 && compare(actual, values.get(1)) <= 0;
            case CONTAINS -> ((String) actual).contains((String) values.getFirst());
            case IS_SET -> true;
            case IS_NOT_SET -> false;
            default -> throw new IllegalStateException(operator + " on " + condition.feature());
        };
    }

    /** The feature's value on the customer in the feature type's Java type; null when not set. */
    private static Object value(Feature feature, CustomerFeatures c, LocalDate evaluationDate) {
        return switch (feature) {
            case RECENCY_DAYS -> c.lastReceiptOn() == null ? null : ChronoUnit.DAYS.between(c.lastReceiptOn(), evaluationDate);
            case CONTRACT_COUNT -> (long) c.contractCount();
            case RECEIVED_TOTAL -> c.receivedTotal();
            case INDUSTRY -> c.industry();
            case REGION -> c.region();
            case LEVEL -> c.level();
            case SOURCE -> c.source();
            case LIFECYCLE_STAGE -> c.lifecycleStage();
            case FOLLOW_UPS_30D -> (long) c.followUps30d();
            case FOLLOW_UPS_90D -> (long) c.followUps90d();
            case CAMPAIGNS -> c.campaigns();
            case CAMPAIGN_COUNT -> (long) c.campaignCount();
        };
    }

    private static boolean containment(Operator operator, List<?> set, List<Object> ids) {
        return switch (operator) {
            case CONTAINS_ANY -> ids.stream().anyMatch(set::contains);
            case CONTAINS_ALL -> set.containsAll(ids);
            case CONTAINS_NONE -> ids.stream().noneMatch(set::contains);
            default -> throw new IllegalStateException(operator + " on a set");
        };
    }

    /** Two values of one feature type; amounts by value (100.0 = 100.00), as ClickHouse's decimals compare. */
    static int compare(Object actual, Object value) {
        return switch (actual) {
            case Long number -> number.compareTo((Long) value);
            case BigDecimal amount -> amount.compareTo((BigDecimal) value);
            case String text -> text.compareTo((String) value);
            default -> throw new IllegalStateException("cannot compare " + actual.getClass().getSimpleName());
        };
    }
}
