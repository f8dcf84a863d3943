package org.nearpeer.analytics.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.SurveyInstrument;
import org.nearpeer.analytics.domain.coding.CodingRepository;
import org.nearpeer.analytics.domain.coding.CodingSettings;
import org.nearpeer.analytics.domain.coding.OpenAnswer;
import org.nearpeer.backbone.inbox.PrerequisiteMissingException;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * Puts every open answer into its school's coding queue as it arrives: a revision with a changed
 * text sends the answer back to the queue uncoded, an erasure removes it with its coding. Coding is
 * people's work, not derived data: a rebuild replays over it without disturbing it.
 */
@ApplicationScoped
public class OpenAnswerProjection {

    private final CodingRepository coding;
    private final SatisfactionRepository responses;

    public OpenAnswerProjection(CodingRepository coding, SatisfactionRepository responses) {
        this.coding = coding;
        this.responses = responses;
    }

    public void onSubmitted(EventEnvelope<ResponseSubmitted> event) {
        var d = event.data();
        queue(event, d.responseId(), d.instrumentId(), d.role(), d.revision(), d.answers());
    }

    public void onRevised(EventEnvelope<ResponseRevised> event) {
        var d = event.data();
        queue(event, d.responseId(), d.instrumentId(), d.role(), d.revision(), d.answers());
    }

    public void onErased(EventEnvelope<ResponseErased> event) {
        for (OpenAnswer answer : coding.answersOfResponse(event.data().responseId())) {
            coding.deleteCodings(answer.answerId());
            coding.remove(answer);
        }
    }

    private void queue(EventEnvelope<?> event, UUID responseId, UUID instrumentId, ParticipantRole role, int revision, List<Answer> answers) {
        List<Answer> texts = answers.stream().filter(a -> a.text() != null && !a.text().isBlank()).toList();
        if (texts.isEmpty()) {
            return; // most responses carry no open answer: no look-ups for them
        }
        SurveyInstrument instrument = responses.instrument(instrumentId)
                .orElseThrow(() -> new PrerequisiteMissingException("instrument " + instrumentId + " not published yet"));
        List<Answer> open = texts.stream().filter(a -> instrument.openItems().containsKey(a.itemId())).toList();
        if (open.isEmpty() || responses.isErased(responseId)) {
            return;
        }
        CodingSettings settings = coding.find(CodingSettings.class, event.schoolId()).orElseGet(() -> CodingSettings.defaults(event.schoolId()));
        for (Answer answer : open) {
            UUID answerId = OpenAnswer.idOf(responseId, answer.itemId());
            var existing = coding.find(OpenAnswer.class, answerId);
            if (existing.isPresent()) {
                if (existing.get().revise(answer.text().strip(), revision)) {
                    coding.deleteCodings(answerId);
                }
            } else {
                coding.persist(new OpenAnswer(responseId, answer.itemId(), event.schoolId(), event.cycleId(), role, answer.text().strip(), revision,
                        event.time(), settings.doubleCodes(answerId)));
            }
        }
    }
}
