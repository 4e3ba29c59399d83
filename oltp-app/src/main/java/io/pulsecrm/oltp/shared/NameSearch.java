package io.pulsecrm.oltp.shared;

/**
 * Searching names by a fragment, in Chinese as in English: the SQL predicate that lets PostgreSQL use the
 * character-pair GIN indexes of V31 ({@code crm_search_grams}) before {@code ilike} keeps the exact
 * matches. The predicate binds {@code :q} (the fragment) and {@code :qLike} ({@link #pattern}).
 */
public final class NameSearch {

    private NameSearch() {
    }

    /** The match of {@code :q} within {@code column}; the column must have a V31 pair index. */
    public static String predicate(String column) {
        return "(public.crm_search_grams(" + column + ") @> public.crm_query_grams(:q) and " + column
                + " ilike :qLike)";
    }

    /**
     * {@code sql} with {@link #predicate}{@code (column)} reduced to its {@code ilike}: for a query that reaches
     * the rows through another index of the fragment's pairs, where PostgreSQL would otherwise also build the
     * plain pair index's bitmap (42,000 rows for 上海 at a million customers) to intersect with it.
     */
    public static String withoutPairIndex(String sql, String column) {
        return sql.replace(predicate(column), "(" + column + " ilike :qLike)");
    }

    /** {@code %fragment%} for ILIKE with the wildcards of the fragment itself escaped. */
    public static String pattern(String fragment) {
        return "%" + escapeWildcards(fragment) + "%";
    }

    /** The text with LIKE's wildcards and escape character escaped (escape character: backslash). */
    public static String escapeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
