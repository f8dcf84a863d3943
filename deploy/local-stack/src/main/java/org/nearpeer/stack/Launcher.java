package org.nearpeer.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The Java side of {@code ./nearpeer}: {@code up}, {@code status} and {@code down}.
 * Options: {@code --project-root DIR} (set by the script), {@code --data-dir DIR},
 * {@code --fresh} (wipe the data directory first), {@code --no-demo}.
 */
public final class Launcher {

    private static final String LAUNCHER = "launcher";
    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        System.exit(new Launcher().run(args));
    }

    int run(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        String command = options.isEmpty() ? "help" : options.remove(0);
        Path projectRoot = Path.of(option(options, "--project-root").orElse(".")).toAbsolutePath().normalize();
        Path dataDirectory = Path.of(option(options, "--data-dir").orElse(projectRoot.resolve(".nearpeer").toString())).toAbsolutePath().normalize();
        StackSettings settings = StackSettings.fromEnvironment(projectRoot, dataDirectory);
        return switch (command) {
            case "up" -> up(settings, options.contains("--fresh"), !options.contains("--no-demo"));
            case "status" -> status(settings);
            case "demo" -> demo(settings, options);
            case "down" -> down(settings);
            default -> {
                out.println("usage: Launcher up [--fresh] [--no-demo] | status | down | demo [options]   [--data-dir DIR] [--project-root DIR]");
                yield 2;
            }
        };
    }

    private int up(StackSettings settings, boolean fresh, boolean demo) throws IOException, InterruptedException {
        PidFiles pidFiles = new PidFiles(settings.dataDirectory());
        Optional<ProcessHandle> running = pidFiles.alive(LAUNCHER);
        if (running.isPresent()) {
            out.println("Nearpeer is already running (launcher pid " + running.get().pid() + "). Stop it with ./nearpeer down.");
            return 1;
        }
        int stale = pidFiles.stopStale(LAUNCHER);
        if (stale > 0) {
            out.println("Stopped " + stale + " process(es) left over from a launcher that did not stop cleanly.");
        }
        if (fresh && Files.exists(settings.dataDirectory())) {
            out.println("Wiping " + settings.dataDirectory() + " (--fresh)");
            wipeKeepingLauncherLog(settings.dataDirectory());
        }
        Files.createDirectories(settings.dataDirectory());
        pidFiles.record(LAUNCHER, ProcessHandle.current().pid());

        out.println("Starting Nearpeer (data in " + settings.dataDirectory() + ")");
        long started = System.nanoTime();
        Progress progress = new Progress(out, false);
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, progress);
        } catch (RuntimeException e) {
            out.println();
            out.println("Nearpeer did not start: " + e.getMessage());
            pidFiles.forget(LAUNCHER);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println();
            out.println("Stopping Nearpeer ...");
            stack.close();
            pidFiles.forget(LAUNCHER);
            out.println("Stopped.");
            stopped.countDown();
        }, "nearpeer-stop"));
        if (!demo) {
            out.println("  demo data skipped (--no-demo)");
        } else if (org.nearpeer.demo.DemoCommand.run(List.of(), demoTarget(settings), out) != 0) {
            out.println("  The platform is up without (all of) the demo data; see above. Retry with ./nearpeer demo.");
        }
        printSummary(settings, Duration.ofNanos(System.nanoTime() - started));
        new CountDownLatch(1).await(); // until SIGINT/SIGTERM runs the hook
        return 0;
    }

    /** The local stack's URLs and the accounts of its realm import. */
    static org.nearpeer.demo.load.Target demoTarget(StackSettings settings) {
        return org.nearpeer.demo.load.Target.localStack(settings.url(Component.KEYCLOAK), settings.url(Component.ENROLLMENT),
                settings.url(Component.MATCHING), settings.url(Component.SESSION), settings.url(Component.SURVEY), settings.url(Component.ANALYTICS));
    }

    private int demo(StackSettings settings, List<String> options) {
        return org.nearpeer.demo.DemoCommand.run(options, demoTarget(settings), out);
    }

    private void printSummary(StackSettings settings, Duration took) {
        out.printf("%nNearpeer is up (%.0f s).%n%n", took.toMillis() / 1000.0);
        String format = "  %-12s %-34s %s%n";
        out.printf(format, "component", "URL", "more");
        out.printf(format, "admin UI", settings.url(Component.ADMIN_UI), "coordinators: sign in as coordinator.north");
        for (NearpeerService service : NearpeerService.values()) {
            String url = settings.url(service.component());
            out.printf(format, service.displayName(), url, url + "/q/swagger-ui");
        }
        out.printf(format, "keycloak", settings.url(Component.KEYCLOAK) + "/admin/",
                "admin console: " + KeycloakServer.ADMIN_USER + " / " + KeycloakServer.ADMIN_PASSWORD + "; realm " + KeycloakServer.REALM);
        out.printf(format, "kafka", "127.0.0.1:" + settings.port(Component.KAFKA), "KRaft, topics nearpeer.*.v1");
        out.printf(format, "postgresql", "127.0.0.1:" + settings.port(Component.POSTGRES),
                PostgresServer.APP_USER + " / " + PostgresServer.APP_PASSWORD);
        out.println();
        out.println("  Demo logins (realm nearpeer, password 'nearpeer'):");
        out.println("    coordinator.north   coordinator, school north-valley");
        out.println("    coordinator.south   coordinator, school south-coast");
        out.println("    coder.north         coder (open answers), school north-valley");
        out.println("    mentor.north        student, school north-valley");
        out.println("    mentee.north        student, school north-valley");
        out.println("    mentee.south        student, school south-coast");
        out.println("    researcher          researcher (all schools, aggregates only)");
        out.println("    platform.admin      admin");
        out.println("  Tokens for the APIs: client 'nearpeer-cli' (password grant) or 'nearpeer-admin-ui' (code + PKCE).");
        out.println("  Logs: " + settings.logs());
        out.println();
        out.println("Press Ctrl-C to stop.");
    }

    private int status(StackSettings settings) {
        PidFiles pidFiles = new PidFiles(settings.dataDirectory());
        String format = "  %-12s %-6s %s%n";
        out.printf(format, "component", "state", "checked");
        boolean allUp = true;
        allUp &= line(format, "launcher", pidFiles.alive(LAUNCHER).isPresent(), "pid file " + settings.dataDirectory().resolve("run"));
        allUp &= line(format, "postgresql", Readiness.portOpen(settings.port(Component.POSTGRES)), "127.0.0.1:" + settings.port(Component.POSTGRES));
        allUp &= line(format, "kafka", Readiness.portOpen(settings.port(Component.KAFKA)), "127.0.0.1:" + settings.port(Component.KAFKA));
        String keycloakHealth = "http://127.0.0.1:" + settings.port(Component.KEYCLOAK_MANAGEMENT) + "/health/ready";
        allUp &= line(format, "keycloak", Readiness.httpOk(keycloakHealth), keycloakHealth);
        for (NearpeerService service : NearpeerService.values()) {
            String health = settings.url(service.component()) + "/q/health/ready";
            allUp &= line(format, service.displayName(), Readiness.httpOk(health), health);
        }
        allUp &= line(format, "admin UI", Readiness.httpOk(settings.url(Component.ADMIN_UI)), settings.url(Component.ADMIN_UI));
        return allUp ? 0 : 3;
    }

    private boolean line(String format, String name, boolean up, String checked) {
        out.printf(format, name, up ? "UP" : "DOWN", checked);
        return up;
    }

    private int down(StackSettings settings) {
        PidFiles pidFiles = new PidFiles(settings.dataDirectory());
        Optional<ProcessHandle> launcher = pidFiles.alive(LAUNCHER);
        if (launcher.isPresent()) {
            out.println("Stopping Nearpeer (launcher pid " + launcher.get().pid() + ") ...");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                out.println("The launcher did not stop in time; stopping its servers directly.");
            }
        }
        int stale = pidFiles.stopStale(LAUNCHER);
        pidFiles.forget(LAUNCHER);
        out.println(launcher.isEmpty() && stale == 0 ? "Nearpeer is not running." : "Stopped.");
        return 0;
    }

    private static Optional<String> option(List<String> options, String name) {
        int index = options.indexOf(name);
        if (index < 0 || index + 1 >= options.size()) {
            return Optional.empty();
        }
        String value = options.get(index + 1);
        options.remove(index + 1);
        options.remove(index);
        return Optional.of(value);
    }

    /**
     * Everything but the launcher's own log: a detached launcher ({@code up --fresh --detach}) is
     * writing to it, and its caller is reading it.
     */
    private static void wipeKeepingLauncherLog(Path root) throws IOException {
        Path launcherLog = root.resolve("logs").resolve("launcher.log");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (path.equals(launcherLog) || path.equals(launcherLog.getParent()) || path.equals(root)) {
                    continue;
                }
                Files.deleteIfExists(path);
            }
        }
    }
}
