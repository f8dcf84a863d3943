package org.nearpeer.analytics.domain.stats;

/**
 * The exact permutation distribution of a linear rank statistic on tied ordinal data. With level
 * totals {@code t} and group size {@code n1}, group 1's counts per level are multivariate
 * hypergeometric, and {@code S = Σ a_k · s_k} is linear in them. The tail is summed over count
 * vectors level by level — each level's count is hypergeometric given the levels before, walked
 * from its mode outward with ratio recurrences, and dropped where the branch weighs less than
 * 1e-20 (less for tiny p-values; the distributions are log-concave). The last two levels are closed form: given the draws
 * left, S is monotone in the second-to-last count, so the tail is a lower plus an upper
 * hypergeometric tail, read from cumulative tables built once per number of draws left.
 */
final class ExactConditional {

    /** Branches below this weight are dropped unless a smaller p asks for a finer cut. */
    private static final double NEGLIGIBLE = 1e-20;

    private ExactConditional() {
    }

    /**
     * P(|S − center| ≥ observed), S = Σ a_k s_k.
     *
     * @param expectedP a rough estimate of the answer (the asymptotic p): the walk drops branches
     *                  lighter than {@code min(1e-20, expectedP · 1e-20)}, so even tiny p-values
     *                  keep their relative accuracy while ordinary ones are not over-resolved
     */
    static double twoSidedTail(long[] t, long[] s, long n1, long center, long observed, double expectedP) {
        long total = 0;
        for (long count : t) {
            total += count;
        }
        if (t.length == 1) {
            return Math.abs(n1 * s[0] - center) >= observed ? 1.0 : 0.0;
        }
        double negligible = Math.max(Double.MIN_NORMAL, Math.min(NEGLIGIBLE, expectedP * NEGLIGIBLE));
        Walk walk = new Walk(t, s, center, observed, logFactorials((int) total), (int) n1, negligible);
        return Math.min(1.0, walk.level(0, n1, 0, 1.0));
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
        private final int last;
        /** Per number of draws left (an array, not a map: this is the innermost look-up): cumulative tables. */
        private final Tails[] tails;
        private final boolean[] built;

        private final double negligible;

        Walk(long[] t, long[] s, long center, long observed, double[] logFactorial, int maxDraws, double negligible) {
            this.negligible = negligible;
            this.tails = new Tails[maxDraws + 1];
            this.built = new boolean[maxDraws + 1];
            this.t = t;
            this.s = s;
            this.center = center;
            this.observed = observed;
            this.logFactorial = logFactorial;
            this.last = t.length - 1;
            this.remaining = new long[t.length + 1];
            for (int k = t.length - 1; k >= 0; k--) {
                remaining[k] = remaining[k + 1] + t[k];
            }
        }

        double level(int k, long draws, long partial, double weight) {
            if (k == last - 1) {
                return weight * lastTwo(draws, partial);
            }
            long population = remaining[k];
            long successes = t[k];
            long low = Math.max(0, draws - (population - successes));
            long high = Math.min(successes, draws);
            if (low > high) {
                return 0.0;
            }
            long mode = mode(population, successes, draws, low, high);
            double atMode = Math.exp(logChoose(successes, mode) + logChoose(population - successes, draws - mode) - logChoose(population, draws));
            double sum = 0.0;
            double pmf = atMode;
            for (long x = mode; x <= high; x++) {
                if (x > mode) {
                    pmf *= ratioUp(population, successes, draws, x - 1);
                    if (weight * pmf < negligible) {
                        break; // log-concave: it only decreases from here
                    }
                }
                sum += level(k + 1, draws - x, partial + x * s[k], weight * pmf);
            }
            pmf = atMode;
            for (long x = mode - 1; x >= low; x--) {
                pmf /= ratioUp(population, successes, draws, x);
                if (weight * pmf < negligible) {
                    break;
                }
                sum += level(k + 1, draws - x, partial + x * s[k], weight * pmf);
            }
            return sum;
        }

        /**
         * The last two levels: a = count of level (last − 1), draws − a in the last level.
         * D(a) = base − a·gap decreases in a, so |D| ≥ observed ⇔ a ≤ lowCut or a ≥ highCut.
         */
        private double lastTwo(long draws, long partial) {
            long gap = s[last] - s[last - 1];
            long base = partial + draws * s[last] - center;
            Tails table = tableFor(draws);
            if (table == null) {
                return 0.0;
            }
            if (gap == 0) {
                // Both last levels are empty: nothing left to draw, the sum is fixed.
                return Math.abs(base) >= observed ? table.atMost(Long.MAX_VALUE / 4) : 0.0;
            }
            long lowCut = Math.floorDiv(base - observed, gap);
            long highCut = ceilDiv(base + observed, gap);
            double probability = table.atMost(lowCut);
            if (highCut > lowCut) {
                probability += table.atLeast(highCut);
            } else {
                probability = table.atMost(Long.MAX_VALUE / 4); // the two regions overlap: everything
            }
            return probability;
        }

        private Tails tableFor(long draws) {
            int index = (int) draws;
            if (!built[index]) {
                tails[index] = tables(draws);
                built[index] = true;
            }
            return tails[index];
        }

        private Tails tables(long draws) {
            long population = remaining[last - 1];
            long successes = t[last - 1];
            long low = Math.max(0, draws - (population - successes));
            long high = Math.min(successes, draws);
            if (low > high) {
                return null;
            }
            long mode = mode(population, successes, draws, low, high);
            double atMode = Math.exp(logChoose(successes, mode) + logChoose(population - successes, draws - mode) - logChoose(population, draws));
            // The support that matters, walked out from the mode.
            long from = mode;
            double pmf = atMode;
            while (from > low) {
                double next = pmf / ratioUp(population, successes, draws, from - 1);
                if (next < negligible) {
                    break;
                }
                pmf = next;
                from--;
            }
            double[] values = new double[(int) (Math.min(high, mode + 1_000_000) - from + 1)];
            values[0] = pmf;
            int size = 1;
            for (long x = from + 1; x <= high; x++) {
                double next = values[size - 1] * ratioUp(population, successes, draws, x - 1);
                if (next < negligible && x > mode) {
                    break;
                }
                values[size++] = next;
            }
            return new Tails(from, values, size);
        }

        private static long mode(long population, long successes, long draws, long low, long high) {
            return Math.min(high, Math.max(low, (long) Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0))));
        }

        /** pmf(x + 1) / pmf(x) of the hypergeometric distribution. */
        private static double ratioUp(long population, long successes, long draws, long x) {
            return ((double) (successes - x) * (draws - x)) / ((double) (x + 1) * (population - successes - draws + x + 1));
        }

        private double logChoose(long n, long k) {
            return logFactorial[(int) n] - logFactorial[(int) k] - logFactorial[(int) (n - k)];
        }

        private static long ceilDiv(long a, long b) {
            return -Math.floorDiv(-a, b);
        }
    }

    /** Lower and upper cumulative sums of a pmf on [from, from + size), each summed from its own end for accuracy. */
    private static final class Tails {
        private final long from;
        private final double[] lower;
        private final double[] upper;

        Tails(long from, double[] pmf, int size) {
            this.from = from;
            lower = new double[size];
            upper = new double[size];
            double running = 0;
            for (int i = 0; i < size; i++) {
                running += pmf[i];
                lower[i] = running;
            }
            running = 0;
            for (int i = size - 1; i >= 0; i--) {
                running += pmf[i];
                upper[i] = running;
            }
        }

        double atMost(long x) {
            if (x < from) {
                return 0.0;
            }
            long index = x - from;
            return index >= lower.length ? lower[lower.length - 1] : lower[(int) index];
        }

        double atLeast(long x) {
            long index = x - from;
            if (index <= 0) {
                return upper[0];
            }
            return index >= upper.length ? 0.0 : upper[(int) index];
        }
    }
}
