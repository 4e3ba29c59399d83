package io.pulsecrm.streams.segment;

import java.util.TreeMap;

/**
 * A multiset of longs (campaign ids, follow-up times, receipt days) with how often each occurs.
 *
 * <p>Why counts and not a set: an aggregate's subtractor must remove exactly what its adder added, and two deals
 * of one campaign, or two receipts on one day, must leave one behind when one of them goes.
 */
record Tally(TreeMap<Long, Integer> counts) {

    static Tally empty() {
        return new Tally(new TreeMap<>());
    }

    Tally plus(long value) {
        TreeMap<Long, Integer> next = new TreeMap<>(counts);
        next.merge(value, 1, Integer::sum);
        return new Tally(next);
    }

    /** Removing a value that is not there (pruned before) changes nothing. */
    Tally minus(long value) {
        Integer count = counts.get(value);
        if (count == null) {
            return this;
        }
        TreeMap<Long, Integer> next = new TreeMap<>(counts);
        if (count <= 1) {
            next.remove(value);
        } else {
            next.put(value, count - 1);
        }
        return new Tally(next);
    }

    /** Without the values below {@code floor}: what no evaluation can count any more. */
    Tally from(long floor) {
        return counts.isEmpty() || counts.firstKey() >= floor ? this : new Tally(new TreeMap<>(counts.tailMap(floor)));
    }

    /** How many values lie in {@code [from, to)}. */
    int countBetween(long from, long to) {
        int n = 0;
        for (int count : counts.subMap(from, to).values()) {
            n += count;
        }
        return n;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    Long max() {
        return counts.isEmpty() ? null : counts.lastKey();
    }
}
