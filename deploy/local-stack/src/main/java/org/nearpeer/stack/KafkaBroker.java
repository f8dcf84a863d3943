package org.nearpeer.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker + controller), forked in
 * its own JVM from the jars of {@code deploy/kafka-broker}. Topics keep their records forever by
 * default: analytics rebuilds from them.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Fixed so that a restart with the same data directory finds its own storage. */
    private static final String CLUSTER_ID = "bmVhcnBlZXItbG9jYWwx";

    private final int port;
    private final List<String> command;
    private final Path dataDirectory;
    private final PidFiles pidFiles;
    private ManagedProcess current;

    private KafkaBroker(ManagedProcess process, int port, List<String> command, Path dataDirectory, PidFiles pidFiles) {
        this.current = process;
        this.port = port;
        this.command = command;
        this.dataDirectory = dataDirectory;
        this.pidFiles = pidFiles;
    }

    /** A broker without a proxied listener in use (its port is picked free). */
    public static KafkaBroker start(Path dataDirectory, Path brokerLibs, Path javaHome, int port, int controllerPort, PidFiles pidFiles,
            Progress progress) throws IOException {
        int unused;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        return start(dataDirectory, brokerLibs, javaHome, port, controllerPort, unused, unused, pidFiles, progress);
    }

    /**
     * @param proxiedPort a second listener whose address the broker advertises as {@code proxyPort}, so a client that
     *                    bootstraps through a proxy on {@code proxyPort} keeps going through it (fault injection)
     */
    public static KafkaBroker start(Path dataDirectory, Path brokerLibs, Path javaHome, int port, int controllerPort, int proxiedPort,
            int proxyPort, PidFiles pidFiles, Progress progress) throws IOException {
        if (!Files.isDirectory(brokerLibs)) {
            throw new IllegalStateException("Kafka broker jars not found in " + brokerLibs + "; build with ./mvnw package first");
        }
        Path logDir = dataDirectory.resolve("log");
        Files.createDirectories(logDir);
        Path config = dataDirectory.resolve("server.properties");
        writeServerProperties(config, logDir, port, controllerPort, proxiedPort, proxyPort);
        Path log4j = dataDirectory.resolve("log4j2.properties");
        Files.writeString(log4j, """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = warn
                rootLogger.appenderRef.console.ref = console
                logger.kafka.name = kafka.server.KafkaRaftServer
                logger.kafka.level = info
                """);
        String classPath = brokerLibs + File.separator + "*" + File.pathSeparator + ownLocation();
        List<String> command = new ArrayList<>(List.of(
                javaHome.resolve("bin/java").toString(), "-Xms128m", "-Xmx768m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j, "-Dlog4j.configurationFile=" + log4j,
                "-cp", classPath, BrokerMain.class.getName(), config.toString(), CLUSTER_ID));
        ManagedProcess process = ManagedProcess.start("kafka", command, Map.of(), dataDirectory,
                dataDirectory.resolve("kafka.log"), pidFiles);
        KafkaBroker broker = new KafkaBroker(process, port, command, dataDirectory, pidFiles);
        broker.awaitReady(progress);
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return current.pid();
    }

    /** {@code kill -9} the broker, for fault-injection tests. */
    public void kill() {
        current.kill();
    }

    /** Starts the broker again on the same storage after {@link #kill()} or {@link #close()}. */
    public void restart(Progress progress) throws IOException {
        current = ManagedProcess.start("kafka", command, Map.of(), dataDirectory, dataDirectory.resolve("kafka.log"), pidFiles);
        awaitReady(progress);
    }

    @Override
    public void close() {
        current.stop(Duration.ofSeconds(30));
    }

    private void awaitReady(Progress progress) {
        Readiness.await("Kafka", current, Duration.ofSeconds(120), this::clusterAnswers, progress);
    }

    private boolean clusterAnswers() {
        if (!Readiness.portOpen(port)) {
            return false;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static void writeServerProperties(Path file, Path logDir, int port, int controllerPort, int proxiedPort, int proxyPort)
            throws IOException {
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort + ",PROXIED://127.0.0.1:" + proxiedPort;
        Files.writeString(file, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + listeners,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",PROXIED://127.0.0.1:" + proxyPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PROXIED:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=6",
                "log.retention.ms=-1",
                "log.retention.bytes=-1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "") );
    }

    private static String ownLocation() {
        try {
            return Path.of(BrokerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the local-stack classes", e);
        }
    }
}
