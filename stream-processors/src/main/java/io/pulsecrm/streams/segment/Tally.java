package io.pulsecrm.streams.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multiset of longs (campaign ids, follow-up times, receipt days): the values sorted, repeats kept.
 *
 * <p>Why repeats: an aggregate's subtractor must remove exactly what its adder added, and two deals of one campaign,
 * or two receipts on one day, must leave one behind when one of them goes. A sorted list (not a map) because the
 * state serde stores records and lists.
 */
record Tally(List<Long> values) {

    Tally {
        values = List.copyOf(values);
    }

    static Tally empty() {
        return new Tally(List.of());
    }

    Tally plus(long value) {
        List<Long> next = new ArrayList<>(values.size() + 1);
        next.addAll(values);
        next.add(insertionPoint(value), value);
        return new Tally(next);
    }

    /** Removing a value that is not there (dropped before) changes nothing. */
    Tally minus(long value) {
        int at = Collections.binarySearch(values, value);
        if (at < 0) {
            return this;
        }
        List<Long> next = new ArrayList<>(values);
        next.remove(at);
        return new Tally(next);
    }

    /** Without the values below {@code floor}: what no evaluation can count any more. */
    Tally from(long floor) {
        int first = insertionPoint(floor);
        return first == 0 ? this : new Tally(values.subList(first, values.size()));
    }

    /** How many values lie in {@code [from, to)}. */
    int countBetween(long from, long to) {
        return insertionPoint(to) - insertionPoint(from);
    }

    Long max() {
        return values.isEmpty() ? null : values.getLast();
    }

    /** The distinct values, in order. */
    List<Long> distinct() {
        return values.stream().distinct().toList();
    }

    /** The index of the first value not below {@code value}. */
    private int insertionPoint(long value) {
        int low = 0;
        int high = values.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values.get(mid) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
