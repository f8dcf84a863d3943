package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.enrollment.domain.CoordinatorInvitation;
import org.nearpeer.enrollment.domain.CoordinatorInvitationRepository;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.School;
import org.nearpeer.enrollment.domain.SchoolRepository;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;
import org.nearpeer.tenancy.SchoolContext;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Platform administration: registering schools and inviting their coordinators. Administrators
 * belong to no school, so this work runs across schools; everything else reads one school only.
 */
@ApplicationScoped
public class SchoolAdministration {

    private final SchoolRepository schools;
    private final CoordinatorInvitationRepository invitations;
    private final EnrollmentEvents events;
    private final Clock clock;

    public SchoolAdministration(SchoolRepository schools, CoordinatorInvitationRepository invitations, EnrollmentEvents events,
            Clock clock) {
        this.schools = schools;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    public record NewSchool(String id, String name, List<String> campuses, List<String> yearLevels, String locale, String timeZone,
            Integer suppressionThreshold) {
    }

    public record NewInvitation(String email, String firstName, String lastName) {
    }

    public School register(String adminId, NewSchool request) {
        List<String> yearLevels = request.yearLevels() == null || request.yearLevels().isEmpty() ? School.DEFAULT_YEAR_LEVELS : request.yearLevels();
        if (new HashSet<>(yearLevels).size() != yearLevels.size()) {
            throw new RuleViolationException("duplicate-year-levels", "Each year level may appear once: " + yearLevels);
        }
        String timeZone = request.timeZone() == null ? "UTC" : request.timeZone();
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new RuleViolationException("unknown-time-zone", "'" + timeZone + "' is not an IANA time zone such as Asia/Seoul.");
        }
        return acrossSchools(() -> {
            if (schools.findByIdOptional(request.id()).isPresent()) {
                throw new ConflictException("school-exists", "A school with id " + request.id() + " is already registered.");
            }
            School school = School.register(request.id(), request.name().strip(), request.campuses(), yearLevels,
                    request.locale() == null ? "en" : request.locale(), timeZone,
                    request.suppressionThreshold() == null ? School.DEFAULT_SUPPRESSION_THRESHOLD : request.suppressionThreshold(),
                    adminId, now());
            schools.persist(school);
            events.schoolRegistered(school);
            return school;
        });
    }

    public Page<School> list(PageRequest page) {
        return acrossSchools(() -> Page.of(schools.listAll(page.page, page.size), page, schools.count()));
    }

    public School get(String schoolId) {
        return acrossSchools(() -> find(schoolId));
    }

    public CoordinatorInvitation invite(String adminId, String schoolId, NewInvitation request) {
        return acrossSchools(() -> {
            find(schoolId);
            if (invitations.openInvitationExists(schoolId, request.email())) {
                throw new ConflictException("invitation-exists", request.email() + " is already invited to " + schoolId + ".");
            }
            CoordinatorInvitation invitation = CoordinatorInvitation.invite(schoolId, request.email(), request.firstName(),
                    request.lastName(), adminId, now());
            invitations.persist(invitation);
            return invitation;
        });
    }

    public Page<CoordinatorInvitation> invitations(String schoolId, PageRequest page) {
        return acrossSchools(() -> {
            find(schoolId);
            return Page.of(invitations.listInSchool(schoolId, page.page, page.size), page, invitations.countInSchool(schoolId));
        });
    }

    /** The caller's own school (row-level security limits the lookup to it). */
    public School own(String schoolId) {
        return QuarkusTransaction.joiningExisting().call(() -> find(schoolId));
    }

    private School find(String schoolId) {
        return schools.findByIdOptional(schoolId).orElseThrow(() -> new ResourceNotFoundException("school", schoolId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T acrossSchools(java.util.function.Supplier<T> work) {
        return SchoolContext.callAcrossSchools(() -> QuarkusTransaction.joiningExisting().call(work::get));
    }
}
