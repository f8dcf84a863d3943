package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.enrollment.domain.Curriculum;
import org.nearpeer.enrollment.domain.CycleRules;
import org.nearpeer.enrollment.domain.CycleSchedule;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.ProgramCycleRepository;
import org.nearpeer.enrollment.domain.SchoolRepository;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;

/** Creating and reading program cycles of one school. */
@ApplicationScoped
public class CycleService {

    private final ProgramCycleRepository cycles;
    private final SchoolRepository schools;
    private final EnrollmentEvents events;
    private final Clock clock;

    public CycleService(ProgramCycleRepository cycles, SchoolRepository schools, EnrollmentEvents events, Clock clock) {
        this.cycles = cycles;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    public record NewCycle(String semester, String title, LocalDate applicationOpensOn, LocalDate applicationClosesOn) {
    }

    @Transactional
    public ProgramCycle create(String schoolId, String coordinatorId, NewCycle request) {
        if (cycles.existsForSemester(schoolId, request.semester())) {
            throw new ConflictException("cycle-exists", "Your school already has a cycle for semester " + request.semester() + ".");
        }
        ProgramCycle cycle = ProgramCycle.draft(schoolId, request.semester(), request.title(), request.applicationOpensOn(),
                request.applicationClosesOn(), coordinatorId, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        cycles.persist(cycle);
        events.cycleCreated(cycle);
        return cycle;
    }

    /** Sets schedule and rules of a draft cycle. */
    @Transactional
    public ProgramCycle configure(String schoolId, UUID id, CycleSchedule schedule, CycleRules rules) {
        ProgramCycle cycle = get(schoolId, id);
        Curriculum curriculum = Curriculum.of(schools.findByIdOptional(schoolId));
        cycle.configure(schedule, rules, curriculum.yearLevels());
        events.cycleConfigured(cycle, curriculum.yearLevels(), curriculum.campuses());
        return cycle;
    }

    /** Moves a cycle to its next stage (guarded: one step forward only; opening needs the whole schedule). */
    @Transactional
    public ProgramCycle advance(String schoolId, UUID id, CycleStage next) {
        ProgramCycle cycle = get(schoolId, id);
        CycleStage from = cycle.advanceTo(next);
        events.cycleStageChanged(cycle, from);
        return cycle;
    }

    @Transactional
    public ProgramCycle get(String schoolId, UUID id) {
        return cycles.findInSchool(schoolId, id).orElseThrow(() -> new ResourceNotFoundException("cycle", id));
    }

    @Transactional
    public Page<ProgramCycle> list(String schoolId, PageRequest page) {
        return Page.of(cycles.listInSchool(schoolId, page.page, page.size), page, cycles.countInSchool(schoolId));
    }
}
