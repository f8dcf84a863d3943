package org.nearpeer.analytics.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.domain.CountedResponse;
import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.SurveyInstrument;
import org.nearpeer.backbone.inbox.PrerequisiteMissingException;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * Keeps the Likert and choice cells current from survey events, in the consumer's dedupe transaction: a
 * response adds its answers, a revision subtracts the counted revision and adds the new one (an
 * older revision arriving late changes nothing), an erasure subtracts it and leaves a tombstone, so
 * nothing of the response counts again in whatever order a replay delivers its events. A response whose
 * instrument is not known yet is parked until the instrument arrives.
 */
@ApplicationScoped
public class SatisfactionProjection {

    private final SatisfactionRepository repository;

    public SatisfactionProjection(SatisfactionRepository repository) {
        this.repository = repository;
    }

    public void onInstrumentPublished(EventEnvelope<InstrumentPublished> event) {
        Map<String, String> likert = new HashMap<>();
        Map<String, List<org.nearpeer.events.survey.ChoiceOption>> choices = new HashMap<>();
        Map<String, String> open = new HashMap<>();
        for (ItemDefinition item : event.data().items()) {
            if (item.type() == ItemType.LIKERT) {
                likert.put(item.id(), item.text());
            } else if (item.type() == ItemType.SINGLE_CHOICE || item.type() == ItemType.MULTIPLE_CHOICE) {
                choices.put(item.id(), item.options());
            } else if (item.type() == ItemType.OPEN_TEXT) {
                open.put(item.id(), item.text());
            }
        }
        repository.save(new SurveyInstrument(event.data().instrumentId(), event.schoolId(), likert, choices, open));
    }

    public void onSubmitted(EventEnvelope<ResponseSubmitted> event) {
        var d = event.data();
        count(event, d.responseId(), d.instrumentId(), d.role(), d.revision(), d.answers());
    }

    public void onRevised(EventEnvelope<ResponseRevised> event) {
        var d = event.data();
        count(event, d.responseId(), d.instrumentId(), d.role(), d.revision(), d.answers());
    }

    public void onErased(EventEnvelope<ResponseErased> event) {
        if (!repository.isErased(event.data().responseId())) {
            repository.markErased(new org.nearpeer.analytics.domain.ErasedResponse(event.data().responseId(), event.schoolId()));
        }
        repository.counted(event.data().responseId()).ifPresent(counted -> {
            apply(event.schoolId(), counted, counted.likert(), counted.choices(), -1);
            repository.removeCounted(counted);
        });
    }

    private void count(EventEnvelope<?> event, java.util.UUID responseId, java.util.UUID instrumentId, ParticipantRole role, int revision,
            List<Answer> answers) {
        if (repository.isErased(responseId)) {
            return; // erased before this (replayed or late) submission arrived
        }
        SurveyInstrument instrument = repository.instrument(instrumentId)
                .orElseThrow(() -> new PrerequisiteMissingException("instrument " + instrumentId + " not published yet"));
        Map<String, Integer> likert = new HashMap<>();
        Map<String, List<String>> choices = new HashMap<>();
        for (Answer answer : answers) {
            if (answer.likert() != null && instrument.likertItems().containsKey(answer.itemId())) {
                likert.put(answer.itemId(), answer.likert());
            } else if (instrument.choiceItems().containsKey(answer.itemId())) {
                List<String> chosen = answer.choice() != null ? List.of(answer.choice()) : answer.choices() == null ? List.of() : answer.choices();
                choices.put(answer.itemId(), List.copyOf(chosen));
            }
        }
        var existing = repository.counted(responseId);
        if (existing.isPresent()) {
            CountedResponse counted = existing.get();
            if (revision <= counted.revision()) {
                return; // an older revision arriving late
            }
            apply(event.schoolId(), counted, counted.likert(), counted.choices(), -1);
            counted.replace(revision, likert, choices);
            apply(event.schoolId(), counted, likert, choices, +1);
        } else {
            CountedResponse counted = new CountedResponse(responseId, event.schoolId(), event.cycleId(), instrumentId, role, revision, likert,
                    choices);
            repository.persistCounted(counted);
            apply(event.schoolId(), counted, likert, choices, +1);
        }
    }

    private void apply(String schoolId, CountedResponse counted, Map<String, Integer> likert, Map<String, List<String>> choices, int delta) {
        likert.forEach((item, answer) -> repository.cell(schoolId, counted.cycleId(), item, counted.role()).change(answer, delta));
        choices.forEach((item, options) -> options.forEach(option ->
                repository.choiceCell(schoolId, counted.cycleId(), item, counted.role(), option).change(delta)));
    }
}
