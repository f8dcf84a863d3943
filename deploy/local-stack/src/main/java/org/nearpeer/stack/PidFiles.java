package org.nearpeer.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pids of the processes a launcher started, under {@code <data>/run}. If a launcher is killed
 * with {@code kill -9} its servers outlive it; the next start stops them first.
 */
public final class PidFiles {

    private final Path directory;

    public PidFiles(Path dataDirectory) {
        this.directory = dataDirectory.resolve("run");
    }

    public void record(String name, long pid) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name + ".pid"));
        } catch (IOException ignored) {
            // best effort
        }
    }

    public Optional<ProcessHandle> alive(String name) {
        Path file = directory.resolve(name + ".pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops every recorded process that still runs (except the given launcher), then forgets it. */
    public int stopStale(String exceptName) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int stopped = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replace(".pid", "");
                if (name.equals(exceptName)) {
                    continue;
                }
                Optional<ProcessHandle> handle = alive(name);
                if (handle.isPresent()) {
                    terminate(handle.get(), Duration.ofSeconds(20));
                    stopped++;
                }
                forget(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    static void terminate(ProcessHandle handle, Duration grace) {
        List<ProcessHandle> children = handle.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        }
    }
}
