package io.pulsecrm.segment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The values of conditions, one rule for all: which Java type each feature type holds ({@link Long}
 * for NUMBER and SET, {@link BigDecimal} with scale 2 for MONEY, {@link String} for TEXT and ENUM),
 * how JSON becomes one, and what makes one wrong.
 */
final class Values {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");
    /** numeric(18, 2): at most 16 digits before the point. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1E16");

    private Values() {
    }

    /** A JSON value as the Java value of {@code feature}'s type, or null when it has the wrong JSON type. */
    static Object fromJson(Feature feature, JsonNode node) {
        return switch (feature.type()) {
            case NUMBER, SET -> node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue()
                    : node.isString() && WHOLE.matcher(node.stringValue()).matches() ? Long.parseLong(node.stringValue()) : null;
            case MONEY -> node.isNumber() ? node.decimalValue()
                    : node.isString() && AMOUNT.matcher(node.stringValue()).matches() ? new BigDecimal(node.stringValue()) : null;
            case TEXT, ENUM -> node.isString() ? node.stringValue() : null;
        };
    }

    /** What a value of {@code feature} must be, for error messages. */
    static String expected(Feature feature) {
        return switch (feature.type()) {
            case NUMBER -> "must be a whole number";
            case MONEY -> "must be an amount with at most 16 digits before the point and 2 after it, e.g. \"100000.00\"";
            case TEXT -> "must be text of 1 to " + RuleLimits.MAX_TEXT + " characters, not blank";
            case ENUM -> "must be one of " + String.join(", ", feature.choices().stream().map(Choice::code).toList());
            case SET -> "must be a campaign id (a positive whole number)";
        };
    }

    /** The canonical form of a value (Integer → Long, amounts at scale 2), or null when it is not valid for the feature. */
    static Object canonical(Feature feature, Object value) {
        return switch (feature.type()) {
            case NUMBER -> whole(value);
            case SET -> whole(value) instanceof Long id && id > 0 ? id : null;
            case MONEY -> value instanceof BigDecimal amount ? money(amount) : null;
            case TEXT -> value instanceof String text && !text.isBlank()
                    && text.codePointCount(0, text.length()) <= RuleLimits.MAX_TEXT ? text : null;
            case ENUM -> value instanceof String code && feature.allowsChoice(code) ? code : null;
        };
    }

    /** The value as rule JSON: amounts as text (JSON numbers are doubles to many readers), the rest as themselves. */
    static JsonNode toJson(Object value) {
        return switch (value) {
            case Long number -> JsonNodeFactory.instance.numberNode(number);
            case BigDecimal amount -> JsonNodeFactory.instance.stringNode(amount.toPlainString());
            default -> JsonNodeFactory.instance.stringNode((String) value);
        };
    }

    private static Long whole(Object value) {
        return switch (value) {
            case Long number -> number;
            case Integer number -> number.longValue();
            case null, default -> null;
        };
    }

    private static BigDecimal money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > 2 || plain.abs().compareTo(MONEY_LIMIT) >= 0) {
            return null;
        }
        return plain.setScale(2, RoundingMode.UNNECESSARY);
    }
}
