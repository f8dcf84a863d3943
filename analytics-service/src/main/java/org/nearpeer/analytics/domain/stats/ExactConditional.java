package org.nearpeer.analytics.domain.stats;

/**
 * The exact permutation distribution of a linear rank statistic on tied ordinal data. With level
 * totals {@code t} and group size {@code n1}, group 1's counts per level are multivariate
 * hypergeometric, and {@code S = Σ a_k · s_k} is linear in them. The tail is summed over count
 * vectors level by level — each level's count is hypergeometric given the levels before, walked
 * from its mode outward, and dropped where the branch weighs less than a negligible weight (the
 * distributions are log-concave). The last two levels are closed form: given the draws left, S is
 * monotone in the second-to-last count, so the tail is a lower plus an upper hypergeometric tail,
 * read from cumulative tables built once per number of draws left. The third-to-last level is a
 * flat loop over a pmf table, with both cuts carried along incrementally.
 *
 * <p>Accuracy: each walk stops where the pmf has fallen below the cut, with a geometric tail
 * beyond it, so each stop drops at most about ten times the cut; 20,000 vs 30,000 has about 10⁶
 * stops, so the error stays below 10⁻¹² absolute (cut 10⁻²⁰) and below 10⁻¹¹ relative for small p
 * (cut p · 10⁻¹⁸).
 */
final class ExactConditional {

    /** Absolute cut: branches lighter than this are dropped. */
    private static final double NEGLIGIBLE = 1e-20;
    /** Relative cut for small p-values: branches lighter than p times this are dropped. */
    private static final double RELATIVE = 1e-18;

    private ExactConditional() {
    }

    /**
     * P(|S − center| ≥ observed), S = Σ a_k s_k.
     *
     * @param expectedP a rough estimate of the answer (the asymptotic p): the walk drops branches
     *                  lighter than {@code min(1e-20, expectedP · 1e-18)}, so even tiny p-values
     *                  keep their relative accuracy while ordinary ones are not over-resolved
     */
    static double twoSidedTail(long[] t, long[] s, long n1, long center, long observed, double expectedP) {
        // Empty levels never receive a draw: leave them out (then every score gap is positive).
        int used = 0;
        long total = 0;
        for (long count : t) {
            used += count > 0 ? 1 : 0;
            total += count;
        }
        long[] totals = new long[used];
        long[] scores = new long[used];
        for (int k = 0, j = 0; k < t.length; k++) {
            if (t[k] > 0) {
                totals[j] = t[k];
                scores[j++] = s[k];
            }
        }
        if (used <= 1) {
            return Math.abs(n1 * (used == 1 ? scores[0] : 0) - center) >= observed ? 1.0 : 0.0;
        }
        double negligible = Math.max(Double.MIN_NORMAL, Math.min(NEGLIGIBLE, expectedP * RELATIVE));
        Walk walk = new Walk(totals, scores, center, observed, logFactorials((int) total), (int) n1, negligible);
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
        /** s[last] − s[last − 1] (> 0: scores ascend and no level is empty). */
        private final long gap;
        private final double negligible;
        /** Level last − 1's count by the draws left for the last two levels: cumulative sums, the innermost look-up. */
        private final ConditionalTables lastTwo;
        /** Level last − 2's count by the draws left for the last three levels. */
        private final ConditionalTables thirdToLast;

        Walk(long[] t, long[] s, long center, long observed, double[] logFactorial, int maxDraws, double negligible) {
            this.t = t;
            this.s = s;
            this.center = center;
            this.observed = observed;
            this.logFactorial = logFactorial;
            this.negligible = negligible;
            this.last = t.length - 1;
            this.gap = s[last] - s[last - 1];
            this.remaining = new long[t.length + 1];
            for (int k = t.length - 1; k >= 0; k--) {
                remaining[k] = remaining[k + 1] + t[k];
            }
            this.lastTwo = new ConditionalTables(this, last - 1, maxDraws);
            this.thirdToLast = new ConditionalTables(this, Math.max(0, last - 2), maxDraws);
        }

        double level(int k, long draws, long partial, double weight) {
            if (k == last - 1) {
                return weight * lastTwo(draws, partial);
            }
            if (k == last - 2) {
                return lastThree(draws, partial, weight);
            }
            long population = remaining[k];
            long successes = t[k];
            long low = Math.max(0, draws - (population - successes));
            long high = Math.min(successes, draws);
            if (low > high) {
                return 0.0;
            }
            long mode = mode(population, successes, draws, low, high);
            double atMode = pmfAt(population, successes, draws, mode);
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
         * The third-to-last level walked in a flat loop over its count x, the last two in closed
         * form. Its pmf comes from a table per number of draws (no recurrence chain in the loop),
         * and the cuts move by a constant step with x, so they are carried along as quotient and
         * remainder instead of dividing for every x: this loop runs 10⁸ times for 20,000 vs 30,000.
         */
        private double lastThree(long draws, long partial, double weight) {
            int table = thirdToLast.offset((int) draws);
            if (table < 0) {
                return 0.0;
            }
            double[] pmf = thirdToLast.pmf;
            int size = thirdToLast.size((int) draws);
            int modeIndex = thirdToLast.modeIndex((int) draws);
            long first = thirdToLast.from((int) draws);
            double cut = negligible / weight;
            int k = last - 2;
            // D = partial + x·s[k] + (draws − x)·s[last] − center − a·gap, a the count of level last − 1.
            long step = s[k] - s[last];
            long mode = first + modeIndex;
            long base = partial + mode * s[k] + (draws - mode) * s[last] - center;
            // Both cuts move by the same step: ⌊v/gap⌋ carried as quotient + remainder (⌈v/gap⌉ = ⌊(v + gap − 1)/gap⌋).
            long stepQuotient = Math.floorDiv(step, gap);
            long stepRemainder = Math.floorMod(step, gap);
            long lowStart = Math.floorDiv(base - observed, gap);
            long lowStartRemainder = Math.floorMod(base - observed, gap);
            long highStart = Math.floorDiv(base + observed + gap - 1, gap);
            long highStartRemainder = Math.floorMod(base + observed + gap - 1, gap);
            double sum = 0.0;
            long low = lowStart;
            long lowRemainder = lowStartRemainder;
            long high = highStart;
            long highRemainder = highStartRemainder;
            int left = (int) (draws - mode);
            for (int i = modeIndex; i < size; i++, left--) {
                double p = pmf[table + i];
                if (p < cut) {
                    break; // log-concave: it only decreases from here
                }
                sum += p * lastTwo.twoSided(left, low, high);
                low += stepQuotient;
                lowRemainder += stepRemainder;
                if (lowRemainder >= gap) {
                    lowRemainder -= gap;
                    low++;
                }
                high += stepQuotient;
                highRemainder += stepRemainder;
                if (highRemainder >= gap) {
                    highRemainder -= gap;
                    high++;
                }
            }
            low = lowStart;
            lowRemainder = lowStartRemainder;
            high = highStart;
            highRemainder = highStartRemainder;
            left = (int) (draws - mode);
            for (int i = modeIndex - 1; i >= 0; i--) {
                double p = pmf[table + i];
                if (p < cut) {
                    break;
                }
                low -= stepQuotient;
                lowRemainder -= stepRemainder;
                if (lowRemainder < 0) {
                    lowRemainder += gap;
                    low--;
                }
                high -= stepQuotient;
                highRemainder -= stepRemainder;
                if (highRemainder < 0) {
                    highRemainder += gap;
                    high--;
                }
                left++;
                sum += p * lastTwo.twoSided(left, low, high);
            }
            return weight * sum;
        }

        /**
         * The last two levels: a = count of level (last − 1), draws − a in the last level.
         * D(a) = base − a·gap decreases in a, so |D| ≥ observed ⇔ a ≤ lowCut or a ≥ highCut.
         */
        private double lastTwo(long draws, long partial) {
            long base = partial + draws * s[last] - center;
            return lastTwo.twoSided((int) draws, Math.floorDiv(base - observed, gap), ceilDiv(base + observed, gap));
        }

        /**
         * The pmf of level k's count given the draws left, over the support that matters
         * ({@code where[0]} receives its first count, {@code where[1]} the mode's index); null if none.
         */
        double[] conditionalPmf(int k, long draws, long[] where) {
            long population = remaining[k];
            long successes = t[k];
            long low = Math.max(0, draws - (population - successes));
            long high = Math.min(successes, draws);
            if (low > high) {
                return null;
            }
            long mode = mode(population, successes, draws, low, high);
            double pmf = pmfAt(population, successes, draws, mode);
            long start = mode;
            while (start > low) {
                double next = pmf / ratioUp(population, successes, draws, start - 1);
                if (next < negligible) {
                    break;
                }
                pmf = next;
                start--;
            }
            double[] values = new double[(int) (Math.min(high, mode + 1_000_000) - start + 1)];
            values[0] = pmf;
            int size = 1;
            for (long x = start + 1; x <= high && size < values.length; x++) {
                double next = values[size - 1] * ratioUp(population, successes, draws, x - 1);
                if (next < negligible && x > mode) {
                    break;
                }
                values[size++] = next;
            }
            where[0] = start;
            where[1] = mode - start;
            return java.util.Arrays.copyOf(values, size);
        }

        private double pmfAt(long population, long successes, long draws, long x) {
            return Math.exp(logChoose(successes, x) + logChoose(population - successes, draws - x) - logChoose(population, draws));
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
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * The pmf of one level's count given the draws left, with its lower and upper cumulative sums
     * (each taken from its own end, for accuracy), for every number of draws: built on first use,
     * kept in flat arrays.
     */
    private static final class ConditionalTables {
        private static final int UNBUILT = -1;
        private static final int EMPTY = -2;
        private final Walk walk;
        private final int level;
        private final int[] start;
        private final int[] size;
        private final int[] modeIndex;
        private final long[] from;
        double[] pmf = new double[1 << 12];
        private double[] lower = new double[1 << 12];
        private double[] upper = new double[1 << 12];
        private int filled;

        ConditionalTables(Walk walk, int level, int maxDraws) {
            this.walk = walk;
            this.level = level;
            start = new int[maxDraws + 1];
            size = new int[maxDraws + 1];
            modeIndex = new int[maxDraws + 1];
            from = new long[maxDraws + 1];
            java.util.Arrays.fill(start, UNBUILT);
        }

        /** Where the table for {@code draws} starts in the flat arrays; negative when the count has no support. */
        int offset(int draws) {
            int offset = start[draws];
            return offset == UNBUILT ? build(draws) : offset;
        }

        int size(int draws) {
            return size[draws];
        }

        int modeIndex(int draws) {
            return modeIndex[draws];
        }

        long from(int draws) {
            return from[draws];
        }

        /** P(count ≤ lowCut) + P(count ≥ highCut) with {@code draws} left. */
        double twoSided(int draws, long lowCut, long highCut) {
            int offset = start[draws];
            if (offset < 0 && (offset = offset(draws)) < 0) {
                return 0.0;
            }
            int end = offset + size[draws] - 1;
            if (highCut <= lowCut) {
                return lower[end]; // the two regions overlap: everything
            }
            long shift = offset - from[draws];
            long below = lowCut + shift;
            long above = highCut + shift;
            double probability = below < offset ? 0.0 : lower[(int) Math.min(below, end)];
            return above > end ? probability : probability + upper[(int) Math.max(above, offset)];
        }

        private int build(int draws) {
            long[] where = new long[2];
            double[] values = walk.conditionalPmf(level, draws, where);
            if (values == null) {
                start[draws] = EMPTY;
                return EMPTY;
            }
            int n = values.length;
            if (filled + n > lower.length) {
                int capacity = Math.max(lower.length * 2, filled + n);
                pmf = java.util.Arrays.copyOf(pmf, capacity);
                lower = java.util.Arrays.copyOf(lower, capacity);
                upper = java.util.Arrays.copyOf(upper, capacity);
            }
            int offset = filled;
            System.arraycopy(values, 0, pmf, offset, n);
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += values[i];
                lower[offset + i] = running;
            }
            running = 0;
            for (int i = n - 1; i >= 0; i--) {
                running += values[i];
                upper[offset + i] = running;
            }
            filled += n;
            start[draws] = offset;
            size[draws] = n;
            modeIndex[draws] = (int) where[1];
            from[draws] = where[0];
            return offset;
        }
    }
}
