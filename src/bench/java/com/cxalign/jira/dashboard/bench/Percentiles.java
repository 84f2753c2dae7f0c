package com.cxalign.jira.dashboard.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of measured times, in milliseconds. */
record Percentiles(int count, double p50, double p95, double min, double max) {

    static Percentiles of(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Percentiles(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)),
                millis(sorted[0]), millis(sorted[sorted.length - 1]));
    }

    static Percentiles of(long[] nanos) {
        return of(Arrays.stream(nanos).boxed().toList());
    }

    private static long rank(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
