package io.pulsecrm.oltp.customer;

import java.util.List;
import java.util.regex.Pattern;

import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * Field rules that customers, contacts and leads share, so that a lead's phone accepted at import
 * is accepted again when it becomes a customer's. Optional text is trimmed; blank means absent.
 */
public final class FieldFormats {

    /** Digits with the usual separators: "+86 138-0000-0000", "(021) 6234 5678", "400-800-1234". */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9() \\-]{3,32}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FieldFormats() {
    }

    /** Whether a search text could be a phone number or an email address (which are matched exactly). */
    static boolean looksLikePhoneOrEmail(String text) {
        return PHONE.matcher(text).matches() || EMAIL.matcher(text).matches();
    }

    /**
     * A search's match: {@code names} (the name fragment predicates), or'ed with the exact phone and email
     * matches only when {@code text} could be a phone number or an email address. Other text can never equal
     * a stored phone or email (both are checked against the same patterns when written), and with the
     * exact matches or'ed in, PostgreSQL filters every row again with the name's character pairs, computed
     * per row: a rep's 上海 search took twice as long.
     */
    public static String searchMatch(String text, String names, String... exact) {
        return "(" + names + (looksLikePhoneOrEmail(text) ? " or " + String.join(" or ", exact) : "") + ")";
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The problems the checks found (empty when none): for callers that gather many rows' problems. */
    public static List<FieldProblem> collect(FieldChecks checks) {
        try {
            checks.orThrow(InvalidCustomer::new);
            return List.of();
        } catch (InvalidCustomer found) {
            return found.problems();
        }
    }

    public static void optionalText(FieldChecks checks, String value, String field, int max) {
        String clean = clean(value);
        checks.require(clean == null || clean.codePointCount(0, clean.length()) <= max, field,
                "must be at most %d characters".formatted(max));
    }

    public static void phone(FieldChecks checks, String value, String field) {
        String clean = clean(value);
        checks.require(clean == null || (PHONE.matcher(clean).matches() && clean.chars().filter(Character::isDigit).count() >= 3),
                field, "must be a phone number of at most 32 digits, spaces, +, -, ( and )");
    }

    public static void email(FieldChecks checks, String value, String field) {
        String clean = clean(value);
        checks.require(clean == null || (clean.length() <= 200 && EMAIL.matcher(clean).matches()), field,
                "must be an email address of at most 200 characters");
    }
}
