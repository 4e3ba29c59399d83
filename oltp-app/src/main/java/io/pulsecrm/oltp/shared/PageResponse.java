package io.pulsecrm.oltp.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, in a shape we own (Spring's {@code Page} is not a stable JSON contract).
 * {@code totalCapped}: counting stopped early, so {@code totalItems} is a lower bound ("at least").
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, boolean totalCapped) {

    /** A page whose total is exact unless it reached {@link ListQuery#COUNT_CAP}. */
    public PageResponse(List<T> items, int page, int size, long totalItems, int totalPages) {
        this(items, page, size, totalItems, totalPages, totalItems >= ListQuery.COUNT_CAP);
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    /** The same page with each item mapped (e.g. an aggregate to its response). */
    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages, totalCapped);
    }
}
