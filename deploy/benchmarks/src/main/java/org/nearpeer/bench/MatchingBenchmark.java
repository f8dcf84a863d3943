package org.nearpeer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.nearpeer.matching.domain.assignment.Assignment;
import org.nearpeer.matching.domain.assignment.AssignmentSolver;
import org.nearpeer.matching.domain.assignment.BipartiteGraph;

/**
 * {@code ./nearpeer bench matching}: solves seeded instances and prints solve time (CPU time of
 * the solving thread, JVM start and instance generation excluded), matched count and optimum.
 * {@code --instance FILE} solves one instance given as text — first line
 * {@code mentees mentors edges capacity}, then {@code mentee mentor weight} per feasible pair,
 * 0-based, weight to maximize — and prints {@code matched=N weight=W solve_ms=T}.
 */
public final class MatchingBenchmark {

    private final PrintStream out;

    MatchingBenchmark(PrintStream out) {
        this.out = out;
    }

    record Spec(String name, int mentees, int mentors, int perMentee, int capacity, boolean dense) {
    }

    static final List<Spec> STANDARD = List.of(
            new Spec("1,000 x 1,000 dense", 1_000, 1_000, 1_000, 1, true),
            new Spec("5,000 x 5,000 sparse (50 per mentee)", 5_000, 5_000, 50, 1, false),
            new Spec("50,000 x 50,000 sparse (50 per mentee)", 50_000, 50_000, 50, 1, false),
            new Spec("50,000 x 25,000, capacity 2 (50 per mentee)", 50_000, 25_000, 50, 2, false));

    int run(List<String> args) throws IOException {
        int index = args.indexOf("--instance");
        if (index >= 0) {
            BipartiteGraph graph = read(Path.of(args.get(index + 1)));
            Result result = solve(graph, 1);
            out.printf("matched=%d weight=%d solve_ms=%.1f%n", result.assignment.matched(), result.assignment.totalWeight(), result.millis);
            return 0;
        }
        long seed = args.contains("--seed") ? Long.parseLong(args.get(args.indexOf("--seed") + 1)) : 20261124L;
        boolean quick = args.contains("--quick");
        out.printf("Matching benchmark (seed %d; weights 0..1000; CPU time of the solve, best of %d runs — one when it takes over 10 s)%n%n",
                seed, quick ? 1 : 3);
        String format = "  %-46s %10s %9s %14s %11s %10s%n";
        out.printf(format, "instance", "edges", "matched", "total weight", "solve ms", "bytes/edge");
        for (Spec spec : STANDARD) {
            if (quick && spec.mentees() > 5_000) {
                continue;
            }
            out.printf("  %-46s", spec.name());
            out.flush();
            BipartiteGraph graph = generate(spec, seed);
            Result result = solve(graph, quick ? 1 : 3);
            out.printf(" %10d %9d %14d %11.1f %10.1f%n", graph.edges(), result.assignment.matched(), result.assignment.totalWeight(),
                    result.millis, bytesPerEdge(graph));
        }
        out.println();
        out.println("  bytes/edge: the graph (mentor + weight per edge) and the solver's per-node arrays, divided by the edges.");
        return 0;
    }

    private record Result(Assignment assignment, double millis) {
    }

    private static Result solve(BipartiteGraph graph, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assignment best = null;
        long bestNanos = Long.MAX_VALUE;
        // Repeats only what is quick to repeat: an instance that takes over 10 s is timed once.
        for (int run = 0; run < runs && (run == 0 || bestNanos < 10_000_000_000L); run++) {
            long start = threads.getCurrentThreadCpuTime();
            Assignment assignment = new AssignmentSolver().solve(graph);
            long nanos = threads.getCurrentThreadCpuTime() - start;
            if (nanos < bestNanos) {
                bestNanos = nanos;
                best = assignment;
            }
        }
        return new Result(best, bestNanos / 1e6);
    }

    static BipartiteGraph generate(Spec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ spec.name().hashCode());
        BipartiteGraph.Builder builder = new BipartiteGraph.Builder(spec.mentees(), spec.mentors()).allCapacities(spec.capacity());
        int[] chosen = new int[spec.perMentee()];
        for (int i = 0; i < spec.mentees(); i++) {
            if (spec.dense()) {
                for (int j = 0; j < spec.mentors(); j++) {
                    builder.edge(i, j, random.nextInt(1001));
                }
                continue;
            }
            // perMentee distinct mentors (rejection sampling: perMentee is far below mentors).
            for (int k = 0; k < chosen.length; k++) {
                int candidate;
                boolean duplicate;
                do {
                    candidate = random.nextInt(spec.mentors());
                    duplicate = false;
                    for (int q = 0; q < k; q++) {
                        duplicate |= chosen[q] == candidate;
                    }
                } while (duplicate);
                chosen[k] = candidate;
                builder.edge(i, candidate, random.nextInt(1001));
            }
        }
        return builder.build();
    }

    static BipartiteGraph read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String[] header = reader.readLine().trim().split("\\s+");
            int mentees = Integer.parseInt(header[0]);
            int mentors = Integer.parseInt(header[1]);
            int edges = Integer.parseInt(header[2]);
            int capacity = Integer.parseInt(header[3]);
            BipartiteGraph.Builder builder = new BipartiteGraph.Builder(mentees, mentors).allCapacities(capacity);
            for (int e = 0; e < edges; e++) {
                String line = reader.readLine();
                int a = line.indexOf(' ');
                int b = line.indexOf(' ', a + 1);
                builder.edge(Integer.parseInt(line, 0, a, 10), Integer.parseInt(line, a + 1, b, 10),
                        Integer.parseInt(line.trim(), b + 1, line.trim().length(), 10));
            }
            return builder.build();
        }
    }

    /** The graph's two int arrays per edge, plus the solver's arrays per node, per edge. */
    private static double bytesPerEdge(BipartiteGraph graph) {
        long nodes = (long) graph.mentees() + graph.mentors() + 1;
        long graphBytes = 8L * graph.edges() + 4L * (graph.mentees() + 1) + 4L * graph.mentors();
        long slots = 0;
        for (int j = 0; j < graph.mentors(); j++) {
            slots += graph.capacity(j);
        }
        // per node: potential, distance, parent, parent cost, settled list, and the heap (entry, position, key);
        // per mentee: mentor, matched cost, bidding queue; per mentor: load, first slot; per place: its mentee
        long solverBytes = nodes * (8 + 8 + 4 + 4 + 4) + nodes * (4 + 4 + 8) + graph.mentees() * (4L + 4 + 4) + graph.mentors() * 8L + slots * 4;
        return (double) (graphBytes + solverBytes) / Math.max(1, graph.edges());
    }
}
