package org.nearpeer.events;

import java.util.Objects;

/**
 * The registered identity of one event payload: its CloudEvents type (with version), the topic
 * it travels on, and the record that holds its data.
 *
 * @param name        type without version, e.g. {@code nearpeer.enrollment.CycleCreated}
 * @param version     schema version; bumped only for an incompatible change (a new type then)
 * @param topic       the bounded context's topic
 * @param payloadType the record class
 */
public record EventType<T extends NearpeerEvent>(String name, int version, Topic topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code nearpeer.enrollment.CycleCreated.v1}. */
    public String cloudEventType() {
        return name + ".v" + version;
    }
}
