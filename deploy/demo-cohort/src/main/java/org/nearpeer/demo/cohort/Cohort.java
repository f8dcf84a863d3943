package org.nearpeer.demo.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;

/**
 * The raw data of the demo: schools, their semesters, who took part, how each pair met and what
 * the respondents answered. The loader puts exactly this through the APIs; tests recompute the
 * report's tables from it.
 */
public record Cohort(List<School> schools) {

    /** Every participant of the cohort, across schools and semesters. */
    public List<Participant> participants() {
        return schools.stream().flatMap(s -> s.semesters().stream()).flatMap(s -> s.participants().stream()).toList();
    }

    public record School(String id, String name, List<String> campuses, int studentBody, List<Semester> semesters) {
    }

    /**
     * One program cycle.
     *
     * @param meetings  each mentee's meetings with their mentor, whoever the matching gives them
     * @param responses the survey answers of those who responded
     */
    public record Semester(String semester, String title, Schedule schedule, int mentorCapacity, List<Participant> participants,
            Map<String, List<Meeting>> meetings, List<SurveyReply> responses) {

        public List<Participant> withRole(ParticipantRole role) {
            return participants.stream().filter(p -> p.role() == role).toList();
        }
    }

    public record Schedule(LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate matchingOn, LocalDate sessionsStartOn,
            LocalDate sessionsEndOn, LocalDate surveyOpensOn, LocalDate surveyClosesOn, LocalDate trainingOn) {
    }

    /**
     * A student's application.
     *
     * @param partnerUsername the self-chosen partner, who names this student back; null when the school matches them
     */
    public record Participant(String username, String firstName, String lastName, ParticipantRole role, String yearLevel,
            String campus, Gender gender, Set<HelpArea> helpAreas, Set<ParticipationPurpose> purposes, String partnerUsername) {

        public String email(String schoolId) {
            return username + "@" + schoolId + ".example.org";
        }
    }

    /** A meeting as the mentor logs it; the mentee confirms it, or disputes it when {@code disputed}. */
    public record Meeting(LocalDate date, LocalTime startTime, int minutes, SessionMethod method, SessionLocation location,
            Set<SessionActivity> activities, boolean disputed) {
    }

    /**
     * One questionnaire as answered.
     *
     * @param answers    item id → a Likert value, an option code, a list of codes or a text
     * @param openCodes  open item id → the codebook codes a coder gives that answer
     */
    public record SurveyReply(String username, ParticipantRole role, Map<String, Object> answers, Map<String, Set<String>> openCodes) {
    }
}
