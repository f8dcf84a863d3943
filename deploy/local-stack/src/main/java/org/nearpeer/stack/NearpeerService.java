package org.nearpeer.stack;

/** The five Quarkus services: module directory, database and port. */
public enum NearpeerService {
    ENROLLMENT("enrollment-service", "enrollment", Component.ENROLLMENT),
    MATCHING("matching-service", "matching", Component.MATCHING),
    SESSION("session-service", "session", Component.SESSION),
    SURVEY("survey-service", "survey", Component.SURVEY),
    ANALYTICS("analytics-service", "analytics", Component.ANALYTICS);

    private final String module;
    private final String database;
    private final Component component;

    NearpeerService(String module, String database, Component component) {
        this.module = module;
        this.database = database;
        this.component = component;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public Component component() {
        return component;
    }

    public String displayName() {
        return name().toLowerCase();
    }
}
