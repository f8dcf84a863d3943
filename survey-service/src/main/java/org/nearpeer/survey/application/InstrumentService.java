package org.nearpeer.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.survey.domain.DefaultInstrument;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.InstrumentRepository;
import org.nearpeer.survey.domain.SurveyEvents;

/** Versioned instruments: drafts are edited, published versions are immutable. */
@ApplicationScoped
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final SurveyEvents events;
    private final Clock clock;

    public InstrumentService(InstrumentRepository instruments, SurveyEvents events, Clock clock) {
        this.instruments = instruments;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft: the next version of the name; from the built-in questionnaire when no items are given. */
    @Transactional
    public Instrument create(String schoolId, String name, String description, List<ItemDefinition> items) {
        String effectiveName = name == null || name.isBlank() ? DefaultInstrument.NAME : name.strip();
        List<ItemDefinition> effectiveItems = items == null ? DefaultInstrument.items() : items;
        Instrument instrument = Instrument.draft(schoolId, effectiveName, description, instruments.nextVersion(schoolId, effectiveName),
                effectiveItems, now());
        instruments.persist(instrument);
        return instrument;
    }

    @Transactional
    public Instrument revise(String schoolId, UUID id, String description, List<ItemDefinition> items) {
        Instrument instrument = get(schoolId, id);
        instrument.revise(description, items);
        return instrument;
    }

    @Transactional
    public Instrument publish(String schoolId, UUID id) {
        Instrument instrument = get(schoolId, id);
        instrument.publish(now());
        events.instrumentPublished(instrument);
        return instrument;
    }

    @Transactional
    public Instrument get(String schoolId, UUID id) {
        return instruments.findInSchool(schoolId, id).orElseThrow(() -> new ResourceNotFoundException("instrument", id));
    }

    @Transactional
    public Page<Instrument> list(String schoolId, PageRequest page) {
        return Page.of(instruments.listInSchool(schoolId, page.page, page.size), page, instruments.countInSchool(schoolId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
