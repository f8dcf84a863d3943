package org.nearpeer.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.SplittableRandom;

import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;

/**
 * {@code ./nearpeer bench stats}: time of every statistic of a Likert cell (mean, SD, median,
 * U, asymptotic and exact conditional p) for growing group sizes, until one size takes longer
 * than {@code --max-seconds} (default 30). Answers are drawn from fixed, slightly different
 * distributions, so the groups differ a little, as real cohorts do.
 */
public final class StatsBenchmark {

    private static final List<int[]> SIZES = List.of(new int[] {10, 9}, new int[] {100, 120}, new int[] {300, 400}, new int[] {500, 700},
            new int[] {1_000, 1_500}, new int[] {2_000, 3_000}, new int[] {5_000, 7_500}, new int[] {10_000, 15_000},
            new int[] {20_000, 30_000});

    private final PrintStream out;

    StatsBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        double maxSeconds = args.contains("--max-seconds") ? Double.parseDouble(args.get(args.indexOf("--max-seconds") + 1)) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf("Mann-Whitney on Likert counts (CPU time; exact = conditional permutation distribution with ties)%n%n");
        String format = "  %-16s %12s %14s %14s %12s%n";
        out.printf(format, "mentors x mentees", "u", "p exact", "p asymptotic", "ms");
        SplittableRandom random = new SplittableRandom(20261124);
        for (int[] size : SIZES) {
            LevelCounts x = draw(random, size[0], new double[] {0.05, 0.10, 0.30, 0.40, 0.15});
            LevelCounts y = draw(random, size[1], new double[] {0.05, 0.12, 0.30, 0.38, 0.15});
            long start = threads.getCurrentThreadCpuTime();
            MannWhitney.Result result = MannWhitney.test(x, y);
            double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            out.printf("  %-16s %12.1f %14.6g %14.6g %12.1f%n", size[0] + " x " + size[1], result.u(), result.pExact(), result.pAsymptotic(), millis);
            if (millis > maxSeconds * 1000) {
                out.printf("%n  stopped: the last size took longer than %.0f s (larger sizes need the faster method still to come)%n", maxSeconds);
                return 0;
            }
        }
        // The largest size once more with both groups answering alike: p near 1, the walk's other extreme.
        LevelCounts x = LevelCounts.of(1_000, 2_000, 6_000, 8_000, 3_000);
        LevelCounts y = LevelCounts.of(1_500, 3_000, 9_000, 12_000, 4_500);
        long start = threads.getCurrentThreadCpuTime();
        MannWhitney.Result result = MannWhitney.test(x, y);
        double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        out.printf("  %-16s %12.1f %14.6g %14.6g %12.1f%n", "20000 x 30000 =", result.u(), result.pExact(), result.pAsymptotic(), millis);
        out.printf("%n  (=: the same answer distribution in both groups)%n");
        return 0;
    }

    private static LevelCounts draw(SplittableRandom random, int n, double[] probabilities) {
        long[] counts = new long[probabilities.length];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int k = 0;
            while (k < probabilities.length - 1 && u >= probabilities[k]) {
                u -= probabilities[k];
                k++;
            }
            counts[k]++;
        }
        return LevelCounts.of(counts);
    }
}
