package org.nearpeer.bench;

import java.util.ArrayList;
import java.util.List;

/** Entry point of {@code ./nearpeer bench <what> [options]}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        String what = options.isEmpty() ? "help" : options.remove(0);
        int exit = switch (what) {
            case "matching" -> new MatchingBenchmark(System.out).run(options);
            case "stats" -> new StatsBenchmark(System.out).run(options);
            case "analytics" -> new AnalyticsBenchmark(System.out).run(options);
            case "load" -> new LoadBenchmark(System.out).run(options);
            default -> {
                System.out.println("usage: ./nearpeer bench matching [--quick] [--seed N] [--instance FILE]");
                System.out.println("       ./nearpeer bench stats [--max-seconds S]");
                System.out.println("       ./nearpeer bench analytics [--events N] [--rate R] [--seconds S] [--latency-only]");
                System.out.println("       ./nearpeer bench load [--clients C] [--seconds S]");
                System.out.println("           (analytics and load: against a running stack, ./nearpeer up --detach)");
                yield what.equals("help") ? 0 : 2;
            }
        };
        System.exit(exit);
    }
}
