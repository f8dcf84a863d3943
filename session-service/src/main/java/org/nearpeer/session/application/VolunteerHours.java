package org.nearpeer.session.application;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;
import org.nearpeer.session.domain.CycleFactsRepository;
import org.nearpeer.session.domain.HoursApproval;
import org.nearpeer.session.domain.MentoringSessionRepository;
import org.nearpeer.session.domain.SessionEvents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Mentors' confirmed time per cycle, the coordinator's approval, and statements a school can issue. */
@ApplicationScoped
public class VolunteerHours {

    private final MentoringSessionRepository sessions;
    private final CycleFactsRepository cycles;
    private final SessionEvents events;
    private final Clock clock;

    public VolunteerHours(MentoringSessionRepository sessions, CycleFactsRepository cycles, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.cycles = cycles;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param confirmedMinutes minutes of sessions the mentee confirmed
     * @param approvedMinutes  minutes a coordinator approved (null until approved)
     */
    public record MentorHours(String mentorId, int confirmedMinutes, int confirmedSessions, Integer approvedMinutes, Instant approvedAt) {
        public double confirmedHours() {
            return confirmedMinutes / 60.0;
        }
    }

    @Transactional
    public List<MentorHours> summary(UUID cycleId) {
        List<MentorHours> rows = new ArrayList<>();
        for (Object[] row : sessions.confirmedByMentor(cycleId)) {
            String mentor = (String) row[0];
            var approval = cycles.approval(cycleId, mentor);
            rows.add(new MentorHours(mentor, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    approval.map(HoursApproval::minutes).orElse(null), approval.map(HoursApproval::approvedAt).orElse(null)));
        }
        return rows;
    }

    /** Approves the mentor's currently confirmed time (approving again takes the new total). */
    @Transactional
    public MentorHours approve(String schoolId, UUID cycleId, String mentorId, String coordinatorId) {
        MentorHours current = summary(cycleId).stream().filter(h -> h.mentorId().equals(mentorId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("no-confirmed-sessions", "This mentor has no confirmed sessions in the cycle."));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        cycles.approval(cycleId, mentorId).ifPresentOrElse(
                approval -> approval.reapprove(current.confirmedMinutes(), current.confirmedSessions(), now, coordinatorId),
                () -> cycles.persistApproval(new HoursApproval(cycleId, mentorId, schoolId, current.confirmedMinutes(),
                        current.confirmedSessions(), now, coordinatorId)));
        events.hoursApproved(schoolId, cycleId, mentorId, current.confirmedMinutes(), current.confirmedSessions());
        return new MentorHours(mentorId, current.confirmedMinutes(), current.confirmedSessions(), current.confirmedMinutes(), now);
    }

    /** A one-page PDF statement of a mentor's approved volunteer time. */
    @Transactional
    public byte[] statementPdf(String schoolId, UUID cycleId, String mentorId) {
        HoursApproval approval = cycles.approval(cycleId, mentorId)
                .orElseThrow(() -> new ResourceNotFoundException("approved-hours", mentorId));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 72, 72);
        PdfWriter.getInstance(document, pdf);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph("Volunteer hours statement", title));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Near-peer mentoring program, school " + schoolId + ", cycle " + cycleId, body));
        document.add(new Paragraph("Mentor (participant id): " + mentorId, body));
        document.add(new Paragraph(String.format(Locale.ROOT, "Approved volunteer time: %.2f hours (%d minutes) in %d confirmed sessions",
                approval.minutes() / 60.0, approval.minutes(), approval.sessions()), body));
        document.add(new Paragraph("Approved on " + approval.approvedAt() + " by the program coordinator.", body));
        document.close();
        return pdf.toByteArray();
    }

    /** CSV for the registrar: every approved mentor of the cycle. */
    @Transactional
    public String registrarCsv(UUID cycleId) {
        StringBuilder csv = new StringBuilder("mentor_id,approved_minutes,approved_hours,sessions,approved_at\n");
        for (MentorHours hours : summary(cycleId)) {
            var approval = cycles.approval(cycleId, hours.mentorId());
            approval.ifPresent(a -> csv.append(a.mentorId()).append(',').append(a.minutes()).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", a.minutes() / 60.0)).append(',').append(a.sessions()).append(',')
                    .append(a.approvedAt()).append('\n'));
        }
        return csv.toString();
    }
}
