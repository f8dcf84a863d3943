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
