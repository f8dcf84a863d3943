package org.nearpeer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of the local stack's processes over a window, read from {@code /proc} and grouped by
 * component: on a machine where everything shares the cores, where the time goes says more about
 * a throughput figure than the figure itself. Linux only; elsewhere it reports nothing.
 */
final class StackCpu {

    /** Matched against each process's command line in this order; the benchmark's own JVM is counted apart. */
    private static final List<String> COMPONENTS = List.of("enrollment-service", "matching-service", "session-service", "survey-service",
            "analytics-service", "keycloak", "kafka", "postgres");
    /** /proc reports CPU time in USER_HZ ticks, 100 per second on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private final long startNanos;
    private final Map<Long, Process> before;

    private record Process(String component, long ticks) {
    }

    private StackCpu(Map<Long, Process> before) {
        this.startNanos = System.nanoTime();
        this.before = before;
    }

    static StackCpu start() {
        return new StackCpu(processes());
    }

    /** Cores used per component since {@link #start()}, busiest first, e.g. {@code postgres 0.55, enrollment-service 0.60}. */
    String summary() {
        Map<Long, Process> after = processes();
        if (after.isEmpty()) {
            return "not measured (no /proc)";
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        after.forEach((pid, process) -> {
            Process earlier = before.get(pid);
            long ticks = process.ticks() - (earlier == null ? 0 : earlier.ticks());
            cores.merge(process.component(), ticks / TICKS_PER_SECOND / seconds, Double::sum);
        });
        double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
        return cores.entrySet().stream().filter(e -> e.getValue() >= 0.005).sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "))
                + String.format(" (cores used, %.2f in all of %d)", total, Runtime.getRuntime().availableProcessors());
    }

    private static Map<Long, Process> processes() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return Map.of();
        }
        long self = ProcessHandle.current().pid();
        Map<Long, Process> processes = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(dir -> {
                try {
                    long pid = Long.parseLong(dir.getFileName().toString());
                    String stat = Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8);
                    // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String commandLine = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                    String component = pid == self ? "this benchmark"
                            : COMPONENTS.stream().filter(commandLine::contains).findFirst().orElse("other");
                    processes.put(pid, new Process(component, ticks));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked, or is not ours to read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return processes;
    }
}
