package io.pulsecrm.oltp.opportunity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.pulsecrm.oltp.shared.InvalidInput;

import org.springframework.data.domain.Sort;

/**
 * Parses {@code sort=property[,asc|desc]} (repeatable) against the properties a list may be sorted
 * by. Spring splits a single {@code "amount,desc"} on the comma but not two such values, so
 * the values are read as one token stream where a direction belongs to the property before it.
 */
final class OpportunitySort {

    static final List<String> PROPERTIES =
            List.of("id", "name", "amount", "expectedCloseDate", "createdAt", "updatedAt", "closedAt");
    /** Newest first, unless the client asks otherwise; id last keeps pages stable. */
    static final Sort DEFAULT = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private OpportunitySort() {
    }

    static Sort parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return DEFAULT;
        }
        List<String> tokens = values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
        List<Sort.Order> orders = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String property = tokens.get(i);
            if (!PROPERTIES.contains(property)) {
                throw new InvalidSort("cannot sort by '%s'; use one of %s".formatted(property, PROPERTIES));
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
