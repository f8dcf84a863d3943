package org.nearpeer.events.survey;

import java.util.List;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A version of an instrument was published (immutable from now on), with all its items. */
public record InstrumentPublished(UUID instrumentId, String name, int version, List<ItemDefinition> items) implements NearpeerEvent {
}
