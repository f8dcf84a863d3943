package org.nearpeer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.nearpeer.stack.KafkaBroker;
import org.nearpeer.stack.PidFiles;
import org.nearpeer.stack.PostgresServer;
import org.nearpeer.stack.Progress;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use on free ports
 * and stopped when the JVM exits, so a service's whole suite shares them whatever Quarkus does
 * with its test resources between classes.
 */
public final class SharedServers {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static Path root;

    private SharedServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            try {
                postgres = PostgresServer.start(root().resolve("postgres"), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            String libs = System.getProperty("nearpeer.kafka.libs");
            if (libs == null) {
                throw new IllegalStateException("system property nearpeer.kafka.libs is not set (the parent pom sets it for surefire)");
            }
            try {
                kafka = KafkaBroker.start(root().resolve("kafka"), Path.of(libs), Path.of(System.getProperty("java.home")), freePort(),
                        freePort(), new PidFiles(root()), Progress.silent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Kafka broker", e);
            }
        }
        return kafka;
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("nearpeer-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServers::stopAll, "nearpeer-test-servers-stop"));
        }
        return root;
    }

    private static synchronized void stopAll() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temp files: best effort
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
