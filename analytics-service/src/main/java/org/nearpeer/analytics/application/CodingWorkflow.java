package org.nearpeer.analytics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.coding.AnswerStatus;
import org.nearpeer.analytics.domain.coding.CodebookCode;
import org.nearpeer.analytics.domain.coding.Coding;
import org.nearpeer.analytics.domain.coding.CodingRepository;
import org.nearpeer.analytics.domain.coding.CodingSettings;
import org.nearpeer.analytics.domain.coding.OpenAnswer;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;

/**
 * The coding workflow of a school: coders claim the next answer (never one another coder holds,
 * unless it is set for double coding and they have not coded it), submit codes with a memo and
 * optionally a flag; an answer coded twice with different codes goes to adjudication by a
 * coordinator; a flag, or a code marked as an alert, raises a coordinator alert.
 */
@ApplicationScoped
public class CodingWorkflow {

    private final CodingRepository repository;
    private final Codebooks codebooks;
    private final Clock clock;

    public CodingWorkflow(CodingRepository repository, Codebooks codebooks, Clock clock) {
        this.repository = repository;
        this.codebooks = codebooks;
        this.clock = clock;
    }

    public record Claim(UUID codingId, UUID answerId, UUID cycleId, String itemId, ParticipantRole role, String text, Instant expiresAt) {
    }

    public record CoderWork(String coderId, Set<String> codes, String memo, boolean submitted) {
    }

    public record AnswerView(UUID answerId, UUID cycleId, String itemId, ParticipantRole role, String text, AnswerStatus status,
            boolean doubleCoded, List<String> finalCodes, boolean flagged, String flagNote, Instant receivedAt, List<CoderWork> codings) {
    }

    public record Settings(int doubleCodingPercent, int claimMinutes) {
    }

    /** The caller's open claim, or a new one on the next answer that needs them; empty when nothing is left. */
    @Transactional
    public Optional<Claim> claimNext(String school, String coderId, UUID cycleId) {
        Instant now = clock.instant();
        Optional<Coding> open = repository.openClaim(coderId, now);
        if (open.isPresent()) {
            return Optional.of(view(open.get()));
        }
        repository.dropExpiredClaims(now);
        CodingSettings settings = settings(school);
        return repository.nextForCoder(coderId, cycleId).map(answer -> {
            Coding coding = new Coding(school, answer.answerId(), coderId, now, Duration.ofMinutes(settings.claimMinutes()));
            repository.persist(coding);
            return view(coding);
        });
    }

    @Transactional
    public AnswerView submit(String school, String coderId, UUID codingId, Set<String> codes, String memo, String flagNote) {
        Coding coding = repository.find(Coding.class, codingId).filter(c -> c.coderId().equals(coderId))
                .orElseThrow(() -> new ResourceNotFoundException("claim", codingId));
        if (coding.submitted()) {
            throw new ConflictException("already-submitted", "This claim was submitted already; a coordinator can adjudicate if it needs changing.");
        }
        Map<String, CodebookCode> active = codebooks.activeCodes(school);
        Codebooks.requireKnown(codes, active);
        OpenAnswer answer = repository.find(OpenAnswer.class, coding.answerId())
                .orElseThrow(() -> new ConflictException("answer-gone", "The answer was erased at the respondent's request."));
        coding.submit(codes, memo, clock.instant());
        List<Set<String>> submitted = repository.codings(answer.answerId()).stream().filter(Coding::submitted).map(Coding::codes).toList();
        answer.settle(submitted);
        List<String> alerts = codes.stream().filter(c -> active.get(c).alert()).toList();
        if (flagNote != null && !flagNote.isBlank()) {
            answer.flag(flagNote.strip());
        } else if (!alerts.isEmpty()) {
            answer.flag("coded " + String.join(", ", alerts));
        }
        return view(answer);
    }

    @Transactional
    public AnswerView adjudicate(String school, String coordinatorId, UUID answerId, Set<String> codes) {
        OpenAnswer answer = repository.find(OpenAnswer.class, answerId).orElseThrow(() -> new ResourceNotFoundException("answer", answerId));
        Map<String, CodebookCode> active = codebooks.activeCodes(school);
        Codebooks.requireKnown(codes, active);
        answer.adjudicate(codes, coordinatorId);
        if (codes.stream().anyMatch(c -> active.get(c).alert()) && !answer.flagged()) {
            answer.flag("adjudicated with an alert code");
        }
        return view(answer);
    }

    @Transactional
    public Page<AnswerView> answers(UUID cycleId, AnswerStatus status, String itemId, boolean flaggedOnly, PageRequest page) {
        List<AnswerView> items = repository.answers(cycleId, status, itemId, flaggedOnly, page.page, page.size).stream().map(this::view).toList();
        return Page.of(items, page, repository.countAnswers(cycleId, status, itemId, flaggedOnly));
    }

    @Transactional
    public AnswerView answer(UUID answerId) {
        return repository.find(OpenAnswer.class, answerId).map(this::view).orElseThrow(() -> new ResourceNotFoundException("answer", answerId));
    }

    @Transactional
    public Settings settingsOf(String school) {
        CodingSettings settings = settings(school);
        return new Settings(settings.doubleCodingPercent(), settings.claimMinutes());
    }

    /** Applies to answers arriving from now on; answers already queued keep their single or double coding. */
    @Transactional
    public Settings change(String school, int doubleCodingPercent, int claimMinutes) {
        CodingSettings settings = repository.find(CodingSettings.class, school).orElseGet(() -> {
            CodingSettings created = CodingSettings.defaults(school);
            repository.persist(created);
            return created;
        });
        settings.change(doubleCodingPercent, claimMinutes);
        return new Settings(doubleCodingPercent, claimMinutes);
    }

    private CodingSettings settings(String school) {
        return repository.find(CodingSettings.class, school).orElseGet(() -> CodingSettings.defaults(school));
    }

    private Claim view(Coding coding) {
        OpenAnswer answer = repository.find(OpenAnswer.class, coding.answerId()).orElseThrow();
        return new Claim(coding.codingId(), answer.answerId(), answer.cycleId(), answer.itemId(), answer.role(), answer.text(), coding.expiresAt());
    }

    private AnswerView view(OpenAnswer a) {
        List<CoderWork> work = repository.codings(a.answerId()).stream().map(c -> new CoderWork(c.coderId(), c.codes(), c.memo(), c.submitted()))
                .toList();
        return new AnswerView(a.answerId(), a.cycleId(), a.itemId(), a.role(), a.text(), a.status(), a.doubleCoded(), a.finalCodes(), a.flagged(),
                a.flagNote(), a.receivedAt(), work);
    }
}
