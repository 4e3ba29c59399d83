package io.pulsecrm.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule as a ClickHouse predicate over {@code customer_features}. The text is a function of the
 * rule's shape only (features, operators, how many values): every value, and the evaluation date,
 * is a {@code ?} with its param, so a user-written rule never becomes SQL.
 *
 * <p>Every condition yields 0 or 1, never NULL: a nullable column is guarded by whether it is set
 * (a text is set when neither NULL nor empty), so AND/OR combine exactly as in {@link Matching}.
 * Amounts are compared as decimals ({@code CAST(? AS Decimal(38, 2))}: ClickHouse compares no
 * decimal with a float), recency as {@code dateDiff} from {@code last_receipt_on} to the date.
 */
final class ClickHouseSql {

    private final List<Object> params = new ArrayList<>();
    private final LocalDate evaluationDate;

    private ClickHouseSql(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
    }

    static SqlPredicate predicate(Rule rule, LocalDate evaluationDate) {
        ClickHouseSql sql = new ClickHouseSql(evaluationDate);
        String text = sql.rule(rule);
        return new SqlPredicate(text, sql.params);
    }

    private String rule(Rule rule) {
        return switch (rule) {
            case Group group -> "(" + String.join(" " + group.op() + " ", group.rules().stream().map(this::rule).toList()) + ")";
            case Condition condition -> condition(condition);
        };
    }

    private String condition(Condition c) {
        String isSet = isSet(c.feature());
        return switch (c.operator()) {
            case IS_SET -> isSet;
            case IS_NOT_SET -> "(NOT " + isSet + ")";
            case NE, NOT_IN -> "((NOT " + isSet + ") OR " + comparison(c) + ")";
            case CONTAINS_ANY, CONTAINS_ALL, CONTAINS_NONE -> comparison(c);
            default -> "(" + isSet + " AND " + comparison(c) + ")";
        };
    }

    private String comparison(Condition c) {
        String value = value(c.feature());
        List<Object> values = c.values();
        return switch (c.operator()) {
            case EQ -> value + " = " + placeholder(values.getFirst());
            case NE -> value + " != " + placeholder(values.getFirst());
            case GT -> value + " > " + placeholder(values.getFirst());
            case GTE -> value + " >= " + placeholder(values.getFirst());
            case LT -> value + " < " + placeholder(values.getFirst());
            case LTE -> value + " <= " + placeholder(values.getFirst());
            case BETWEEN -> "(" + value + " BETWEEN " + placeholder(values.get(0)) + " AND " + placeholder(values.get(1)) + ")";
            case IN -> value + " IN (" + placeholders(values) + ")";
            case NOT_IN -> value + " NOT IN (" + placeholders(values) + ")";
            case CONTAINS -> "position(" + value + ", " + placeholder(values.getFirst()) + ") > 0";
            case CONTAINS_ANY -> "hasAny(" + value + ", " + ids(values) + ")";
            case CONTAINS_ALL -> "hasAll(" + value + ", " + ids(values) + ")";
            case CONTAINS_NONE -> "(NOT hasAny(" + value + ", " + ids(values) + "))";
            case IS_SET, IS_NOT_SET -> throw new IllegalStateException(c.operator() + " compares nothing");
        };
    }

    /** 1 when the customer has the feature; never NULL. */
    private static String isSet(Feature feature) {
        String column = switch (feature) {
            case RECENCY_DAYS -> "last_receipt_on";
            case CAMPAIGN_COUNT -> "campaigns";
            default -> feature.key();
        };
        return switch (feature.type()) {
            case TEXT, ENUM -> "(" + column + " IS NOT NULL AND length(" + column + ") > 0)";
            default -> "(" + column + " IS NOT NULL)";
        };
    }

    /** The feature's value; recency takes the evaluation date as a param, so call this where the text uses it. */
    private String value(Feature feature) {
        return switch (feature) {
            case RECENCY_DAYS -> {
                params.add(evaluationDate.toString());
                yield "dateDiff('day', last_receipt_on, toDate(?))";
            }
            case CAMPAIGN_COUNT -> "length(campaigns)";
            default -> feature.key();
        };
    }

    private String placeholders(List<Object> values) {
        return String.join(", ", values.stream().map(this::placeholder).toList());
    }

    /** Typed, because ClickHouse finds no common type for Array(Int64) and a literal array of large (unsigned) ids. */
    private String ids(List<Object> values) {
        return "CAST([" + placeholders(values) + "] AS Array(Int64))";
    }

    private String placeholder(Object value) {
        if (value instanceof BigDecimal amount) {
            params.add(amount.toPlainString());
            return "CAST(? AS Decimal(38, 2))";
        }
        params.add(value);
        return "?";
    }
}
