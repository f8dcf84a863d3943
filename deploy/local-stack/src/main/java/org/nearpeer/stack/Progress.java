package org.nearpeer.stack;

import java.io.PrintStream;
import java.time.Duration;

/** Progress output for people: a line per step, dots while waiting, the time each step took. */
public final class Progress {

    private final PrintStream out;
    private final boolean quiet;
    private long stepStarted;
    private int dots;

    public Progress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public static Progress silent() {
        return new Progress(System.out, true);
    }

    public void step(String description) {
        stepStarted = System.nanoTime();
        dots = 0;
        if (!quiet) {
            out.print("  " + description + " ");
            out.flush();
        }
    }

    public void tick() {
        if (!quiet && ++dots % 2 == 0) {
            out.print('.');
            out.flush();
        }
    }

    public void done(String result) {
        if (!quiet) {
            long millis = Duration.ofNanos(System.nanoTime() - stepStarted).toMillis();
            out.printf(" %s (%.1f s)%n", result, millis / 1000.0);
        }
    }

    public void line(String text) {
        if (!quiet) {
            out.println(text);
        }
    }
}
