package org.nearpeer.stack;

/** Every listening part of the local stack and its default port (override: NEARPEER_PORT_<NAME>). */
public enum Component {
    ADMIN_UI(8080),
    ENROLLMENT(8081),
    MATCHING(8082),
    SESSION(8083),
    SURVEY(8084),
    ANALYTICS(8085),
    KEYCLOAK(8180),
    KEYCLOAK_MANAGEMENT(9180),
    KAFKA(19092),
    KAFKA_CONTROLLER(19093),
    /** A second broker listener, reached only through the fault-injection proxy (advertised as the proxy's port). */
    KAFKA_PROXIED(19095),
    /** The TCP proxy a fault-injection stack puts between survey-service and Kafka. */
    KAFKA_PROXY(19094),
    POSTGRES(15432);

    private final int defaultPort;

    Component(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String environmentVariable() {
        return "NEARPEER_PORT_" + name();
    }
}
