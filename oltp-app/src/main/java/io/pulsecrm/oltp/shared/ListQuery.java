package io.pulsecrm.oltp.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;

/**
 * What the JdbcClient lists of every feature share: {@code sort=property[,asc|desc]} parsed
 * against the properties a list allows (each mapped to its column by the calling code, so no
 * client text reaches the SQL), and a row count that stops at {@link #COUNT_CAP} so that a page
 * over a million records never counts them all.
 */
public final class ListQuery {

    /**
     * Counting stops here: {@code totalItems} of 1,001 reads "more than 1,000". A page's count is read with
     * every page, so its cost bounds every list request: at a million customers, counting to 10,001 was
     * more than half of PostgreSQL's work under the mixed load of {@code ./crm bench crm}.
     */
    public static final int COUNT_CAP = 1_001;

    private ListQuery() {
    }

    /**
     * Parses the sort parameter. Spring splits a single {@code "amount,desc"} on the comma but not
     * two such values, so the values are read as one token stream where a direction belongs to the
     * property before it. {@code id} is appended (ascending) unless named, so pages are stable.
     */
    public static Sort parse(List<String> values, List<String> properties, Sort fallback) {
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        List<String> tokens = values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
        List<Sort.Order> orders = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String property = tokens.get(i);
            if (!properties.contains(property)) {
                throw new InvalidSort("cannot sort by '%s'; use one of %s".formatted(property, properties));
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (i + 1 < tokens.size() && isDirection(tokens.get(i + 1))) {
                direction = Sort.Direction.fromString(tokens.get(++i));
            }
            orders.add(new Sort.Order(direction, property));
        }
        if (orders.stream().noneMatch(order -> order.getProperty().equals("id"))) {
            orders.add(Sort.Order.asc("id"));
        }
        return Sort.by(orders);
    }

    /**
     * The ORDER BY list for a parsed sort; {@code columns} maps every allowed property to its column.
     * PostgreSQL's default null placement is kept: it is what the {@code desc} indexes are built with.
     */
    public static String orderBy(Sort sort, Map<String, String> columns) {
        return sort.stream()
                .map(order -> columns.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    /** {@code select count(*)} over {@code fromWhere} ("from t where ..."), stopping at {@link #COUNT_CAP}. */
    public static String cappedCount(String fromWhere) {
        return "select count(*) from (select 1 " + fromWhere + " limit " + COUNT_CAP + ") capped";
    }

    /** A page counted to {@code totalItems}: a lower bound when that reached {@link #COUNT_CAP}. */
    public static <T> PageResponse<T> page(List<T> items, int page, int size, long totalItems) {
        return page(items, page, size, totalItems, totalItems >= COUNT_CAP);
    }

    /** A page whose total is {@code totalItems}, a lower bound when {@code capped}. */
    public static <T> PageResponse<T> page(List<T> items, int page, int size, long totalItems, boolean capped) {
        return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size), capped);
    }

    private static boolean isDirection(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.equals("asc") || lower.equals("desc");
    }

    static final class InvalidSort extends InvalidInput {

        InvalidSort(String message) {
            super("sort", message);
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }
}
