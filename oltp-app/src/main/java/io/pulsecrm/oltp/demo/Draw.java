package io.pulsecrm.oltp.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Random draws the generators share; every draw goes through a seeded {@link SplittableRandom}. */
final class Draw {

    private Draw() {
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static <T> T pick(SplittableRandom random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    static long pick(SplittableRandom random, long[] items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn by relative weights. */
    static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Inclusive on both ends. */
    static long between(SplittableRandom random, long from, long to) {
        return to <= from ? from : from + random.nextLong(to - from + 1);
    }

    static int between(SplittableRandom random, int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    /** Knuth's method: fine for the small means used here. */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
