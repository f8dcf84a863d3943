package org.nearpeer.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process: output to a log file, pid recorded so a later run can
 * clean up after a launcher that was killed, stdin held open as a pipe (the broker watches it
 * and exits when the launcher dies).
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final PidFiles pidFiles;

    private ManagedProcess(String name, Process process, Path logFile, PidFiles pidFiles) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFiles = pidFiles;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile, PidFiles pidFiles) throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        pidFiles.record(name, process.pid());
        return new ManagedProcess(name, process, logFile, pidFiles);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGTERM, then SIGKILL if it has not exited in time; children (e.g. of kc.sh) too. */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        closeStdin();
        pidFiles.forget(name);
    }

    /** {@code kill -9}: for fault-injection tests. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeStdin();
        pidFiles.forget(name);
    }

    private void closeStdin() {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.flush();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** The last lines of the log, for an error message when a server does not come up. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
