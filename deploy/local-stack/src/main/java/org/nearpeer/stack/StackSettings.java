package org.nearpeer.stack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the stack lives and which ports it uses.
 *
 * @param projectRoot   the checkout: built jars, the Keycloak distribution, the realm file
 * @param dataDirectory everything the running stack writes (databases, Kafka log, logs, pids)
 * @param javaHome      the JDK that runs the servers
 * @param ports         one port per component
 */
public record StackSettings(Path projectRoot, Path dataDirectory, Path javaHome, Map<Component, Integer> ports) {

    public StackSettings {
        ports = Map.copyOf(ports);
    }

    /** Default ports, each overridable by {@code NEARPEER_PORT_<COMPONENT>}. */
    public static StackSettings fromEnvironment(Path projectRoot, Path dataDirectory) {
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            String override = System.getenv(component.environmentVariable());
            ports.put(component, override == null || override.isBlank() ? component.defaultPort() : Integer.parseInt(override.strip()));
        }
        return new StackSettings(projectRoot, dataDirectory, Path.of(System.getProperty("java.home")), ports);
    }

    /** Every component on a free port, for a stack beside any other (tests, the fault suite's own stack). */
    public static StackSettings onFreePorts(Path projectRoot, Path dataDirectory, Path javaHome) throws java.io.IOException {
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                ports.put(component, socket.getLocalPort());
            }
        }
        return new StackSettings(projectRoot, dataDirectory, javaHome, ports);
    }

    public int port(Component component) {
        return ports.get(component);
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }

    public Path kafkaLibs() {
        return projectRoot.resolve("deploy/kafka-broker/target/lib");
    }

    public Path keycloakDistribution() {
        return projectRoot.resolve("deploy/keycloak-server/target/keycloak-" + KeycloakVersion.VERSION);
    }

    public Path realmFile() {
        return projectRoot.resolve("deploy/keycloak-server/nearpeer-realm.json");
    }

    public Path serviceJar(NearpeerService service) {
        return projectRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String url(Component component) {
        return "http://127.0.0.1:" + port(component);
    }
}
