package org.nearpeer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code ./nearpeer bench <what> [options]}. What a benchmark prints also goes to
 * {@code deploy/benchmarks/results/<what>.txt}, headed by the date and the machine it ran on.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        String what = options.isEmpty() ? "help" : options.remove(0);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(tee(System.out, copy), true, StandardCharsets.UTF_8);
        int exit = switch (what) {
            case "matching" -> new MatchingBenchmark(out).run(options);
            case "stats" -> new StatsBenchmark(out).run(options);
            case "analytics" -> new AnalyticsBenchmark(out).run(options);
            case "load" -> new LoadBenchmark(out).run(options);
            default -> {
                System.out.println("usage: ./nearpeer bench matching [--quick] [--seed N] [--instance FILE]");
                System.out.println("       ./nearpeer bench stats [--max-seconds S]");
                System.out.println("       ./nearpeer bench analytics [--events N] [--cycles C] [--rate R] [--seconds S] [--rebuilds K] [--latency-only]");
                System.out.println("       ./nearpeer bench load [--clients C] [--seconds S] [--warmup W]");
                System.out.println("           (analytics and load: against a running stack, ./nearpeer up --detach)");
                yield what.equals("help") ? 0 : 2;
            }
        };
        if (exit == 0 && List.of("matching", "stats", "analytics", "load").contains(what)) {
            save(what, options, copy.toString(StandardCharsets.UTF_8));
        }
        System.exit(exit);
    }

    private static void save(String what, List<String> options, String output) throws IOException {
        Path file = Path.of("deploy/benchmarks/results").resolve(what + ".txt");
        Files.createDirectories(file.getParent());
        String header = "./nearpeer bench " + what + (options.isEmpty() ? "" : " " + String.join(" ", options)) + "\n" + Instant.now() + " — "
                + Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB heap, JDK "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n\n";
        Files.writeString(file, header + output);
        System.out.println("(written to " + file + ")");
    }

    private static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                first.write(b);
                second.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                first.write(bytes, offset, length);
                second.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                first.flush();
            }
        };
    }
}
