package org.nearpeer.demo.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds answers on a 1–5 scale whose mean and sample SD, rounded to one decimal the way a paper
 * reports them, are given — the closest such distribution to the targets.
 */
public final class LikertDistribution {

    private LikertDistribution() {
    }

    /**
     * @return n answers in ascending order
     * @throws IllegalArgumentException when no distribution of n answers rounds to the targets
     */
    public static List<Integer> answers(int n, double mean, double sd) {
        int[] best = null;
        double bestDistance = Double.MAX_VALUE;
        int[] counts = new int[5];
        for (counts[0] = 0; counts[0] <= n; counts[0]++) {
            for (counts[1] = 0; counts[0] + counts[1] <= n; counts[1]++) {
                for (counts[2] = 0; counts[0] + counts[1] + counts[2] <= n; counts[2]++) {
                    for (counts[3] = 0; counts[0] + counts[1] + counts[2] + counts[3] <= n; counts[3]++) {
                        counts[4] = n - counts[0] - counts[1] - counts[2] - counts[3];
                        double m = mean(counts, n);
                        double s = sd(counts, n, m);
                        if (rounded(m) == rounded(mean) && rounded(s) == rounded(sd)) {
                            double distance = Math.abs(m - mean) + Math.abs(s - sd);
                            if (distance < bestDistance) {
                                bestDistance = distance;
                                best = counts.clone();
                            }
                        }
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("No " + n + " answers on 1–5 give " + mean + " ± " + sd + " when rounded.");
        }
        List<Integer> answers = new ArrayList<>();
        for (int level = 0; level < 5; level++) {
            for (int i = 0; i < best[level]; i++) {
                answers.add(level + 1);
            }
        }
        return answers;
    }

    private static double mean(int[] counts, int n) {
        double sum = 0;
        for (int level = 0; level < 5; level++) {
            sum += (level + 1) * counts[level];
        }
        return sum / n;
    }

    private static double sd(int[] counts, int n, double mean) {
        double squares = 0;
        for (int level = 0; level < 5; level++) {
            squares += counts[level] * Math.pow(level + 1 - mean, 2);
        }
        return Math.sqrt(squares / (n - 1));
    }

    /** Half up at one decimal, as tables print (3.45 → 3.5). */
    static long rounded(double value) {
        return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).movePointRight(1).longValueExact();
    }
}
