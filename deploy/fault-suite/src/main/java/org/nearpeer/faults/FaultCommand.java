package org.nearpeer.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.Progress;
import org.nearpeer.stack.StackSettings;

/**
 * {@code ./nearpeer faults [--rounds N]}: the long form of the fault suite, on a stack of its own
 * (fresh data, free ports) so it never touches the data of {@code ./nearpeer up}.
 */
public final class FaultCommand {

    private FaultCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int rounds = 3;
        int at = options.indexOf("--rounds");
        if (at >= 0 && at + 1 < options.size()) {
            rounds = Integer.parseInt(options.get(at + 1));
        }
        Path projectRoot = Path.of(System.getProperty("nearpeer.project.root", ".")).toAbsolutePath().normalize();
        StackSettings settings = StackSettings.onFreePorts(projectRoot, Files.createTempDirectory("nearpeer-faults-"),
                Path.of(System.getProperty("java.home")));
        System.out.println("Starting a separate stack for the fault suite (data in " + settings.dataDirectory() + ") ...");
        FaultSuite.Summary summary;
        try (LocalStack stack = LocalStack.startForFaultInjection(settings, new Progress(System.out, false))) {
            summary = new FaultSuite(stack, System.out).run(FaultSuite.Plan.longForm(rounds));
        }
        Path results = projectRoot.resolve("deploy/benchmarks/results/faults.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, "./nearpeer faults --rounds " + rounds + "\n" + java.time.Instant.now() + " — "
                + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version") + "\n\n" + summary.table());
        System.out.println("(written to " + results + ")");
        System.exit(summary.passed() ? 0 : 1);
    }
}
