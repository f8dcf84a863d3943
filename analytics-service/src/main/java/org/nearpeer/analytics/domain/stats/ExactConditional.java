package org.nearpeer.analytics.domain.stats;

/**
 * The exact permutation distribution of a linear rank statistic on tied ordinal data. With level
 * totals {@code t} and group size {@code n1}, group 1's counts per level are multivariate
 * hypergeometric, and {@code S = Σ a_k · s_k} is linear in them; the tail is summed over count
 * vectors level by level (each level's count is hypergeometric given the levels before), walking
 * out from each level's mode and stopping where the remaining mass cannot matter. Probabilities
 * are products of log-factorial ratios in double precision.
 *
 * <p>Cost grows with the spread of the counts (about the product of the per-level ranges of
 * the first K − 1 levels): fine for program cohorts; very large groups need a faster method.
 */
final class ExactConditional {

    /** A branch whose probability is below this is dropped (its whole subtree weighs less). */
    private static final double NEGLIGIBLE = 1e-40;

    private ExactConditional() {
    }

    /** P(|S − center| ≥ observed), S = Σ a_k s_k. */
    static double twoSidedTail(long[] t, long[] s, long n1, long center, long observed) {
        int levels = t.length;
        long total = 0;
        for (long count : t) {
            total += count;
        }
        double[] logFactorial = logFactorials((int) total);
        long[] remainingPopulation = new long[levels + 1];
        for (int k = levels - 1; k >= 0; k--) {
            remainingPopulation[k] = remainingPopulation[k + 1] + t[k];
        }
        Walk walk = new Walk(t, s, center, observed, logFactorial, remainingPopulation);
        double p = walk.level(0, n1, 0, 1.0);
        return Math.min(1.0, p);
    }

    private static double[] logFactorials(int n) {
        double[] table = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            table[i] = table[i - 1] + Math.log(i);
        }
        return table;
    }

    private static final class Walk {
        private final long[] t;
        private final long[] s;
        private final long center;
        private final long observed;
        private final double[] logFactorial;
        private final long[] remaining;

        Walk(long[] t, long[] s, long center, long observed, double[] logFactorial, long[] remaining) {
            this.t = t;
            this.s = s;
            this.center = center;
            this.observed = observed;
            this.logFactorial = logFactorial;
            this.remaining = remaining;
        }

        /** Tail mass of the levels from {@code k} on, with {@code draws} left and {@code partial} summed so far. */
        double level(int k, long draws, long partial, double weight) {
            if (k == t.length - 1) {
                // The last level takes all remaining draws.
                return Math.abs(partial + draws * s[k] - center) >= observed ? weight : 0.0;
            }
            long population = remaining[k];
            long successes = t[k];
            long low = Math.max(0, draws - (population - successes));
            long high = Math.min(successes, draws);
            if (low > high) {
                return 0.0;
            }
            long mode = Math.min(high, Math.max(low, (long) Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0))));
            double logDenominator = logChoose(population, draws);
            double sum = 0.0;
            for (long x = mode; x <= high; x++) {
                double probability = weight * Math.exp(logChoose(successes, x) + logChoose(population - successes, draws - x) - logDenominator);
                if (probability < NEGLIGIBLE && x > mode) {
                    break; // log-concave: it only decreases from here
                }
                sum += level(k + 1, draws - x, partial + x * s[k], probability);
            }
            for (long x = mode - 1; x >= low; x--) {
                double probability = weight * Math.exp(logChoose(successes, x) + logChoose(population - successes, draws - x) - logDenominator);
                if (probability < NEGLIGIBLE) {
                    break;
                }
                sum += level(k + 1, draws - x, partial + x * s[k], probability);
            }
            return sum;
        }

        private double logChoose(long n, long k) {
            return logFactorial[(int) n] - logFactorial[(int) k] - logFactorial[(int) (n - k)];
        }
    }
}
