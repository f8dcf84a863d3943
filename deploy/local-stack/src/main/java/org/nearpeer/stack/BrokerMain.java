package org.nearpeer.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the forked Kafka broker JVM: formats the KRaft storage on first start, then runs
 * {@code kafka.Kafka}. It exits when its stdin closes, i.e. when the launcher that holds the pipe
 * dies, so a killed launcher or test JVM never leaves a broker behind. Kafka is called
 * reflectively: this class is compiled without the broker on the class path.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        String clusterId = args[1];
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // only EOF matters
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            System.exit(0); // runs Kafka's shutdown hook: a clean stop
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        }
        Path logDir = Path.of(properties.getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Object code = Class.forName("kafka.tools.StorageTool")
                    .getMethod("execute", String[].class, PrintStream.class)
                    .invoke(null, new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"}, System.out);
            if (code instanceof Integer exit && exit != 0) {
                throw new IllegalStateException("kafka storage format failed with " + exit);
            }
        }
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[] {config.toString()});
    }
}
