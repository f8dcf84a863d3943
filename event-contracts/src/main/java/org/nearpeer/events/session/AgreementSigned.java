package org.nearpeer.events.session;

import java.util.Set;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingFrequency;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;

/** Both partners signed (a version of) their mentoring agreement. */
public record AgreementSigned(UUID pairId, int version, Set<HelpArea> helpAreas, MeetingFrequency frequency, Set<SessionMethod> methods,
        Set<SessionLocation> usualPlaces) implements NearpeerEvent {
}
