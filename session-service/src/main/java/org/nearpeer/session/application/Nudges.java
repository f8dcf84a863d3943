package org.nearpeer.session.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringPairRepository;
import org.nearpeer.session.domain.SessionEvents;
import org.nearpeer.tenancy.SchoolContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Nudges for coordinators: pairs that have not met for a while, and exam-review reminders two
 * weeks before the exam dates a school enters. Inactive pairs are also announced once per quiet
 * spell (PairInactive) for delivery channels.
 */
@ApplicationScoped
public class Nudges {

    public static final int EXAM_REVIEW_LEAD_DAYS = 14;

    private final MentoringPairRepository pairs;
    private final SessionEvents events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int inactiveAfterDays;

    public Nudges(MentoringPairRepository pairs, SessionEvents events, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "nearpeer.nudges.inactive-after-days", defaultValue = "14") int inactiveAfterDays) {
        this.pairs = pairs;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.inactiveAfterDays = inactiveAfterDays;
    }

    public record InactivePair(UUID pairId, String mentorId, String menteeId, LocalDate lastMet, long daysWithoutSession) {
    }

    public record ExamReminder(LocalDate examOn, String title, LocalDate remindFrom) {
    }

    @Transactional
    public List<InactivePair> inactivePairs(UUID cycleId, Integer days) {
        int threshold = days == null ? inactiveAfterDays : days;
        LocalDate today = LocalDate.now(clock);
        List<InactivePair> result = new ArrayList<>();
        for (MentoringPair pair : pairs.quietSince(cycleId, today.minusDays(threshold))) {
            LocalDate last = pairs.lastMet(pair.id()).orElse(null);
            LocalDate since = last != null ? last : LocalDate.ofInstant(pair.formedAt(), java.time.ZoneOffset.UTC);
            result.add(new InactivePair(pair.id(), pair.mentorId(), pair.menteeId(), last, ChronoUnit.DAYS.between(since, today)));
        }
        return result;
    }

    @Transactional
    public ExamReminder addExamDate(String schoolId, UUID cycleId, LocalDate examOn, String title) {
        entityManager.createNativeQuery("insert into exam_date (id, school_id, cycle_id, exam_on, title) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, schoolId).setParameter(3, cycleId).setParameter(4, examOn)
                .setParameter(5, title).executeUpdate();
        return new ExamReminder(examOn, title, examOn.minusDays(EXAM_REVIEW_LEAD_DAYS));
    }

    /** Exams whose two-week review window is open today. */
    @Transactional
    public List<ExamReminder> examReminders(UUID cycleId) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select exam_on, title from exam_date where cycle_id = ?1 and exam_on >= ?2 and exam_on <= ?3 order by exam_on")
                .setParameter(1, cycleId).setParameter(2, today).setParameter(3, today.plusDays(EXAM_REVIEW_LEAD_DAYS)).getResultList();
        return rows.stream().map(r -> {
            LocalDate examOn = r[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[0];
            return new ExamReminder(examOn, (String) r[1], examOn.minusDays(EXAM_REVIEW_LEAD_DAYS));
        }).toList();
    }

    @Scheduled(every = "${nearpeer.nudges.check-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        announceInactivePairs();
        announceExamReviews();
    }

    /** Announces each exam once, when its two-week review window opens. @return how many were announced */
    public int announceExamReviews() {
        return SchoolContext.callAcrossSchools(() -> QuarkusTransaction.requiringNew().call(() -> {
            LocalDate today = LocalDate.now(clock);
            @SuppressWarnings("unchecked")
            List<Object[]> due = entityManager.createNativeQuery("""
                    select id, school_id, cycle_id, exam_on from exam_date
                    where not review_announced and exam_on >= ?1 and exam_on <= ?2 for update skip locked""")
                    .setParameter(1, today).setParameter(2, today.plusDays(EXAM_REVIEW_LEAD_DAYS)).getResultList();
            for (Object[] row : due) {
                LocalDate examOn = row[3] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[3];
                events.examReviewDue((String) row[1], (UUID) row[2], (UUID) row[0], examOn);
                entityManager.createNativeQuery("update exam_date set review_announced = true where id = ?1").setParameter(1, row[0])
                        .executeUpdate();
            }
            return due.size();
        }));
    }

    /** Announces each pair once per quiet spell, across all schools. @return how many were announced */
    public int announceInactivePairs() {
        return SchoolContext.callAcrossSchools(() -> QuarkusTransaction.requiringNew().call(() -> {
            LocalDate before = LocalDate.now(clock).minusDays(inactiveAfterDays);
            int announced = 0;
            for (UUID cycleId : pairs.cyclesWithActivePairs()) {
                for (MentoringPair pair : pairs.quietSince(cycleId, before)) {
                    if (pair.noticeInactivity()) {
                        LocalDate since = pairs.lastMet(pair.id()).orElse(LocalDate.ofInstant(pair.formedAt(), java.time.ZoneOffset.UTC));
                        events.pairInactive(pair, (int) ChronoUnit.DAYS.between(since, LocalDate.now(clock)));
                        announced++;
                    }
                }
            }
            return announced;
        }));
    }
}
