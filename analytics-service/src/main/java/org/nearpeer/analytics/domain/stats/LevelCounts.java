package org.nearpeer.analytics.domain.stats;

import java.util.Arrays;

/**
 * Answers of one group on an ordinal scale, as counts per level (for a 1–5 Likert item, index 0
 * holds the 1s). The counts are sufficient statistics: every statistic of a cell derives from
 * them, and a new, revised or erased answer is an O(1) update.
 */
public final class LevelCounts {

    private final long[] counts;

    public LevelCounts(int levels) {
        counts = new long[levels];
    }

    public static LevelCounts of(long... counts) {
        LevelCounts result = new LevelCounts(counts.length);
        System.arraycopy(counts, 0, result.counts, 0, counts.length);
        return result;
    }

    public void add(int level) {
        counts[level]++;
    }

    public void remove(int level) {
        if (counts[level] == 0) {
            throw new IllegalStateException("no answer at level " + level + " to remove");
        }
        counts[level]--;
    }

    public int levels() {
        return counts.length;
    }

    public long count(int level) {
        return counts[level];
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    public long[] toArray() {
        return counts.clone();
    }

    /** Mean of the level values (level index + 1); NaN when empty. */
    public double mean() {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += (k + 1) * (double) counts[k];
        }
        return sum / n;
    }

    /** Sample standard deviation (n − 1); NaN below two answers. Two-pass for accuracy. */
    public double standardDeviation() {
        long n = total();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double squares = 0;
        for (int k = 0; k < counts.length; k++) {
            double deviation = (k + 1) - mean;
            squares += counts[k] * deviation * deviation;
        }
        return Math.sqrt(squares / (n - 1));
    }

    /** Median of the level values (mean of the two middle values for an even count); NaN when empty. */
    public double median() {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        return (valueAt((n - 1) / 2) + valueAt(n / 2)) / 2.0;
    }

    private int valueAt(long zeroBasedPosition) {
        long seen = 0;
        for (int k = 0; k < counts.length; k++) {
            seen += counts[k];
            if (zeroBasedPosition < seen) {
                return k + 1;
            }
        }
        throw new IllegalStateException("position beyond the counts");
    }

    @Override
    public String toString() {
        return Arrays.toString(counts);
    }
}
