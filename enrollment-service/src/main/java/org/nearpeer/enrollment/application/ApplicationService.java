package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.enrollment.domain.Application;
import org.nearpeer.enrollment.domain.ApplicationDetails;
import org.nearpeer.enrollment.domain.ApplicationRepository;
import org.nearpeer.enrollment.domain.Curriculum;
import org.nearpeer.enrollment.domain.CycleRules;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.ProgramCycleRepository;
import org.nearpeer.enrollment.domain.SchoolRepository;
import org.nearpeer.events.vocabulary.ConsentKind;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;

import io.quarkus.panache.common.Sort;

/**
 * Voluntary applications: submit, edit and withdraw within the rules of the cycle, consent, and
 * self-chosen partners confirmed when both name each other and the pair passes the rules.
 */
@ApplicationScoped
public class ApplicationService {

    private final ProgramCycleRepository cycles;
    private final SchoolRepository schools;
    private final ApplicationRepository applications;
    private final org.nearpeer.enrollment.domain.RosterRepository roster;
    private final EnrollmentEvents events;
    private final Clock clock;

    public ApplicationService(ProgramCycleRepository cycles, SchoolRepository schools, ApplicationRepository applications,
            org.nearpeer.enrollment.domain.RosterRepository roster, EnrollmentEvents events, Clock clock) {
        this.cycles = cycles;
        this.schools = schools;
        this.applications = applications;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    /** Who acts: a student for themselves, or a coordinator for a student. */
    public record Actor(String userId, boolean coordinator) {
    }

    /**
     * @param participantId the student (the token subject for students)
     * @param email         the student's e-mail, how partners name each other
     */
    @Transactional
    public Application submit(String schoolId, UUID cycleId, Actor actor, String participantId, String email, ApplicationDetails details,
            boolean programRulesAccepted) {
        ProgramCycle cycle = actor.coordinator() ? cycleRecordingApplications(schoolId, cycleId) : openCycle(schoolId, cycleId);
        if (!programRulesAccepted) {
            throw new RuleViolationException("program-rules-not-accepted", "Taking part requires accepting the program rules.");
        }
        Curriculum curriculum = Curriculum.of(schools.findByIdOptional(schoolId));
        checkDetails(cycle, curriculum, details);
        checkRoster(cycleId, email, details);
        if (applications.hasOpenApplication(cycleId, participantId)) {
            throw new ConflictException("application-exists", "This student has already applied to " + cycle.semester() + ".");
        }
        Application application = Application.submit(cycle, participantId, email, details, actor.userId(), now());
        applications.persist(application);
        events.applicationSubmitted(application);
        events.consentChanged(application, ConsentKind.PROGRAM_RULES, true);
        if (application.researchConsent()) {
            events.consentChanged(application, ConsentKind.RESEARCH_USE, true);
        }
        confirmPartnerIfMutual(cycle, curriculum, application);
        return application;
    }

    @Transactional
    public Application update(String schoolId, UUID cycleId, UUID applicationId, Actor actor, ApplicationDetails details) {
        ProgramCycle cycle = openCycle(schoolId, cycleId);
        Application application = visible(cycleId, applicationId, actor);
        Curriculum curriculum = Curriculum.of(schools.findByIdOptional(schoolId));
        checkDetails(cycle, curriculum, details);
        boolean consentBefore = application.researchConsent();
        application.update(details, now());
        events.applicationUpdated(application);
        if (consentBefore != application.researchConsent()) {
            events.consentChanged(application, ConsentKind.RESEARCH_USE, application.researchConsent());
        }
        confirmPartnerIfMutual(cycle, curriculum, application);
        return application;
    }

    /** Possible until the cycle closes (students drop out; matching then rematches). */
    @Transactional
    public Application withdraw(String schoolId, UUID cycleId, UUID applicationId, Actor actor) {
        ProgramCycle cycle = cycle(schoolId, cycleId);
        requireNotClosed(cycle);
        Application application = visible(cycleId, applicationId, actor);
        application.withdraw(now());
        events.applicationWithdrawn(application);
        return application;
    }

    /** Research use is optional and can be given or withdrawn until the cycle closes; withdrawal means erasure downstream. */
    @Transactional
    public Application setResearchConsent(String schoolId, UUID cycleId, UUID applicationId, Actor actor, boolean given) {
        ProgramCycle cycle = cycle(schoolId, cycleId);
        requireNotClosed(cycle);
        Application application = visible(cycleId, applicationId, actor);
        if (application.setResearchConsent(given, now())) {
            events.consentChanged(application, ConsentKind.RESEARCH_USE, given);
        }
        return application;
    }

    @Transactional
    public Application get(String schoolId, UUID cycleId, UUID applicationId, Actor actor) {
        cycle(schoolId, cycleId);
        return visible(cycleId, applicationId, actor);
    }

    @Transactional
    public Page<Application> list(String schoolId, UUID cycleId, Actor actor, ApplicationRepository.Filter filter, Sort sort, PageRequest page) {
        cycle(schoolId, cycleId);
        ApplicationRepository.Filter scoped = actor.coordinator() ? filter
                : new ApplicationRepository.Filter(cycleId, filter.role(), filter.status(), filter.yearLevel(), actor.userId());
        return Page.of(applications.list(scoped, sort, page.page, page.size), page, applications.count(scoped));
    }

    /** With a roster, only its students may apply, in the year level it gives. */
    private void checkRoster(UUID cycleId, String email, ApplicationDetails details) {
        if (!roster.hasRoster(cycleId)) {
            return;
        }
        var entry = email == null ? java.util.Optional.<org.nearpeer.enrollment.domain.RosterEntry>empty()
                : roster.find(cycleId, email.strip().toLowerCase(java.util.Locale.ROOT));
        if (entry.isEmpty()) {
            throw new RuleViolationException("not-on-roster", "Only students on this cycle's roster may apply; "
                    + (email == null ? "your account has no e-mail address" : email + " is not on it") + ".");
        }
        if (!entry.get().yearLevel().equals(details.yearLevel())) {
            throw new RuleViolationException("year-level-differs-from-roster", "The roster lists this student in "
                    + entry.get().yearLevel() + ", not " + details.yearLevel() + ".");
        }
    }

    private void checkDetails(ProgramCycle cycle, Curriculum curriculum, ApplicationDetails details) {
        curriculum.checkYearLevel(details.yearLevel());
        curriculum.checkCampus(details.campus());
        CycleRules rules = cycle.rules();
        if (details.role() == ParticipantRole.MENTEE && !rules.eligibleMenteeYears().contains(details.yearLevel())) {
            throw new RuleViolationException("mentee-year-not-eligible", "Mentees in this cycle are students in "
                    + rules.eligibleMenteeYears() + "; " + details.yearLevel() + " is not one of them.");
        }
        if (details.role() == ParticipantRole.MENTOR) {
            boolean canMentorSomeone = rules.eligibleMenteeYears().stream().anyMatch(menteeYear ->
                    rules.pairViolation(curriculum.yearLevels(), menteeYear, details.yearLevel(), details.campus(), details.campus()).isEmpty());
            if (!canMentorSomeone) {
                throw new RuleViolationException("mentor-year-not-eligible", "A mentor in " + details.yearLevel()
                        + " cannot be paired with any eligible mentee " + rules.eligibleMenteeYears() + ": mentors must be in the same class or up to "
                        + rules.mentorYearGapMax() + " year(s) above their mentee.");
            }
        }
    }

    /**
     * Two open applications naming each other become a confirmed pair if they pass the rules; a
     * pair that breaks them refuses the submission that completed it, saying why.
     */
    private void confirmPartnerIfMutual(ProgramCycle cycle, Curriculum curriculum, Application application) {
        if (application.details().partnerEmail() == null || application.partnerApplicationId() != null) {
            return;
        }
        Optional<Application> partner = applications.findOpenByEmail(cycle.id(), application.details().partnerEmail());
        if (partner.isEmpty() || !partner.get().names(application) || partner.get().id().equals(application.id())) {
            return;
        }
        Application other = partner.get();
        if (other.role() == application.role()) {
            throw new RuleViolationException("partner-not-eligible", "You and your chosen partner both applied as "
                    + application.role().name().toLowerCase() + "s; a pair needs one mentee and one mentor.");
        }
        Application mentee = application.role() == ParticipantRole.MENTEE ? application : other;
        Application mentor = mentee == application ? other : application;
        cycle.rules().pairViolation(curriculum.yearLevels(), mentee.yearLevel(), mentor.yearLevel(), mentee.campus(), mentor.campus())
                .ifPresent(reason -> {
                    throw new RuleViolationException("partner-not-eligible", "You and your chosen partner cannot be a pair: " + reason + ".");
                });
        mentee.confirmPartner(mentor);
        mentor.confirmPartner(mentee);
        events.partnersConfirmed(mentee, mentor);
    }

    private ProgramCycle openCycle(String schoolId, UUID cycleId) {
        ProgramCycle cycle = cycle(schoolId, cycleId);
        LocalDate today = LocalDate.now(clock);
        if (!cycle.acceptsApplications(today)) {
            throw new ConflictException("application-window-closed", "Applications to " + cycle.semester() + " are accepted from "
                    + cycle.applicationOpensOn() + " to " + cycle.applicationClosesOn() + " while the cycle is OPEN; it is "
                    + cycle.status() + " and today is " + today + ".");
        }
        return cycle;
    }

    private ProgramCycle cycleRecordingApplications(String schoolId, UUID cycleId) {
        ProgramCycle cycle = cycle(schoolId, cycleId);
        if (!cycle.acceptsRecordedApplications()) {
            throw new ConflictException("application-window-closed", "Coordinators record applications to " + cycle.semester()
                    + " while the cycle is OPEN; it is " + cycle.status() + ".");
        }
        return cycle;
    }

    private static void requireNotClosed(ProgramCycle cycle) {
        if (cycle.status() == CycleStage.CLOSED) {
            throw new ConflictException("cycle-closed", "The cycle " + cycle.semester() + " is closed.");
        }
    }

    private ProgramCycle cycle(String schoolId, UUID cycleId) {
        return cycles.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
    }

    /** Students see only their own applications; anything else is "not found". */
    private Application visible(UUID cycleId, UUID applicationId, Actor actor) {
        return applications.findInCycle(cycleId, applicationId)
                .filter(a -> actor.coordinator() || a.participantId().equals(actor.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("application", applicationId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
