package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.ProgramCycleRepository;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;

/** Creating and reading program cycles of one school. */
@ApplicationScoped
public class CycleService {

    private final ProgramCycleRepository cycles;
    private final EnrollmentEvents events;
    private final Clock clock;

    public CycleService(ProgramCycleRepository cycles, EnrollmentEvents events, Clock clock) {
        this.cycles = cycles;
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

    @Transactional
    public ProgramCycle get(String schoolId, UUID id) {
        return cycles.findInSchool(schoolId, id).orElseThrow(() -> new ResourceNotFoundException("cycle", id));
    }

    @Transactional
    public Page<ProgramCycle> list(String schoolId, PageRequest page) {
        return Page.of(cycles.listInSchool(schoolId, page.page, page.size), page, cycles.countInSchool(schoolId));
    }
}
