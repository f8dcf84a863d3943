package org.nearpeer.demo.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.nearpeer.demo.cohort.Cohort.Meeting;
import org.nearpeer.demo.cohort.Cohort.Participant;
import org.nearpeer.demo.cohort.Cohort.Schedule;
import org.nearpeer.demo.cohort.Cohort.Semester;
import org.nearpeer.demo.cohort.Cohort.SurveyReply;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;

/**
 * The demo cohort, shaped like the program the paper evaluates: one school, 2016-fall to
 * 2018-fall, 67 participants of a student body of 240, 19 survey respondents (28.4 %) whose
 * satisfaction gives the paper's Table 2 when rounded; and a second, smaller school.
 *
 * <p>Table 2's header and text disagree on which group has ten respondents; we take the text:
 * 10 mentees and 9 mentors, the mentees' figures first (3.5 ± 0.7 vs 3.7 ± 0.9, and so on).
 *
 * <p>Deterministic: the same seed gives the same cohort, byte for byte.
 */
public final class CohortGenerator {

    public static final long SEED = 20161;
    public static final List<String> YEAR_LEVELS = List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4");
    public static final String PREMEDICAL_CAMPUS = "premedical campus";
    public static final String MEDICAL_CAMPUS = "medical campus";
    public static final String LIKERT_APPROPRIATE = "program_appropriate";
    public static final String LIKERT_ATTITUDE = "partner_attitude";
    public static final String LIKERT_CONTENT = "content_satisfaction";

    /** The paper's Table 2: mean and SD per item, mentees then mentors. */
    static final Map<String, double[]> TABLE_2 = Map.of(
            LIKERT_APPROPRIATE, new double[] {3.5, 0.7, 3.7, 0.9},
            LIKERT_ATTITUDE, new double[] {3.4, 1.2, 3.9, 1.2},
            LIKERT_CONTENT, new double[] {3.6, 0.5, 3.8, 1.0});

    /** A semester's shape: pairs, mentees beyond them (a mentor then takes two), self-chosen pairs, respondents. */
    private record Shape(String semester, int pairs, int extraMentees, int selfChosen, int menteeRespondents, int mentorRespondents) {
    }

    private static final List<Shape> NORTH = List.of(
            new Shape("2016-fall", 7, 0, 2, 2, 2),
            new Shape("2017-spring", 6, 0, 2, 2, 2),
            new Shape("2017-fall", 7, 0, 3, 2, 2),
            new Shape("2018-spring", 6, 0, 1, 2, 1),
            new Shape("2018-fall", 7, 1, 2, 2, 2));
    private static final List<Shape> SOUTH = List.of(new Shape("2018-fall", 5, 0, 1, 2, 2));

    private static final List<String> FIRST_NAMES = List.of("Jiwoo", "Minjun", "Seoyeon", "Hayun", "Doyun", "Jiho", "Subin", "Yuna",
            "Eunwoo", "Siwoo", "Chaewon", "Junseo", "Dahye", "Hyunwoo", "Soyeon", "Taeyang", "Nari", "Jisoo", "Kyungmin", "Areum");
    private static final List<String> LAST_NAMES = List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
            "Han", "Oh", "Seo", "Shin", "Kwon");

    private final Random random;
    private final Map<String, List<Integer>> likertPool = new LinkedHashMap<>();

    private CohortGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static Cohort generate() {
        return new CohortGenerator(SEED).cohort();
    }

    private Cohort cohort() {
        prepareTable2();
        Cohort.School north = school("north-valley", "North Valley College of Medicine", 240, "nv", NORTH);
        Cohort.School south = school("south-coast", "South Coast School of Medicine", 120, "sc", SOUTH);
        return new Cohort(List.of(north, south));
    }

    /** Answers per item and role that round to Table 2, shuffled; the first school's respondents draw them in order. */
    private void prepareTable2() {
        int mentees = NORTH.stream().mapToInt(Shape::menteeRespondents).sum();
        int mentors = NORTH.stream().mapToInt(Shape::mentorRespondents).sum();
        for (String item : List.of(LIKERT_APPROPRIATE, LIKERT_ATTITUDE, LIKERT_CONTENT)) {
            double[] figures = TABLE_2.get(item);
            likertPool.put(item + "/MENTEE", shuffled(LikertDistribution.answers(mentees, figures[0], figures[1])));
            likertPool.put(item + "/MENTOR", shuffled(LikertDistribution.answers(mentors, figures[2], figures[3])));
        }
    }

    private Cohort.School school(String id, String name, int studentBody, String prefix, List<Shape> shapes) {
        int[] counter = {0};
        List<Semester> semesters = new ArrayList<>();
        for (Shape shape : shapes) {
            semesters.add(semester(shape, prefix, counter));
        }
        return new Cohort.School(id, name, List.of(PREMEDICAL_CAMPUS, MEDICAL_CAMPUS), studentBody, semesters);
    }

    private Semester semester(Shape shape, String prefix, int[] counter) {
        Schedule schedule = schedule(shape.semester());
        List<Participant> mentees = new ArrayList<>();
        List<Participant> mentors = new ArrayList<>();
        // Each mentee is generated with a mentor who may mentor them, so a full matching always exists.
        for (int pair = 0; pair < shape.pairs(); pair++) {
            String menteeYear = pick(Map.of("PY2", 50, "Y1", 35, "Y2", 15));
            int gap = pick(Map.of(0, 15, 1, 50, 2, 35));
            String mentorYear = YEAR_LEVELS.get(Math.min(YEAR_LEVELS.size() - 1, YEAR_LEVELS.indexOf(menteeYear) + gap));
            boolean selfChosen = pair < shape.selfChosen();
            String menteeName = prefix + ".student" + String.format("%02d", ++counter[0]);
            String mentorName = prefix + ".student" + String.format("%02d", ++counter[0]);
            mentees.add(participant(menteeName, ParticipantRole.MENTEE, menteeYear, selfChosen ? mentorName : null));
            mentors.add(participant(mentorName, ParticipantRole.MENTOR, mentorYear, selfChosen ? menteeName : null));
        }
        for (int extra = 0; extra < shape.extraMentees(); extra++) {
            // Eligible for the last mentor (never self-chosen), who may then take two mentees.
            String mentorYear = mentors.get(mentors.size() - 1).yearLevel();
            String menteeYear = YEAR_LEVELS.indexOf(mentorYear) > YEAR_LEVELS.indexOf("Y2") ? "Y2" : mentorYear;
            mentees.add(participant(prefix + ".student" + String.format("%02d", ++counter[0]), ParticipantRole.MENTEE, menteeYear, null));
        }
        Map<String, List<Meeting>> meetings = new LinkedHashMap<>();
        for (Participant mentee : mentees) {
            meetings.put(mentee.username(), meetings(schedule));
        }
        if (shape.semester().equals("2017-fall") && prefix.equals("nv")) {
            // One meeting the mentee says did not happen: logged, disputed, left out of the tables.
            List<Meeting> first = meetings.get(mentees.get(0).username());
            Meeting last = first.remove(first.size() - 1);
            first.add(new Meeting(last.date(), last.startTime(), last.minutes(), last.method(), last.location(), last.activities(), true));
        }
        List<SurveyReply> responses = new ArrayList<>();
        List<Participant> menteeRespondents = mentees.subList(0, shape.menteeRespondents());
        for (int i = 0; i < menteeRespondents.size(); i++) {
            responses.add(reply(menteeRespondents.get(i), meetings.get(menteeRespondents.get(i).username())));
        }
        for (int i = 0; i < shape.mentorRespondents(); i++) {
            // The mentor's answers describe the meetings of the pair they were generated with.
            Participant mentor = mentors.get(mentors.size() - 1 - i);
            responses.add(reply(mentor, meetings.get(mentees.get(mentors.size() - 1 - i).username())));
        }
        List<Participant> participants = new ArrayList<>(mentees);
        participants.addAll(mentors);
        int capacity = shape.extraMentees() > 0 ? 2 : 1;
        return new Semester(shape.semester(), title(shape.semester()), schedule, capacity, participants, meetings, responses);
    }

    private static String title(String semester) {
        String[] parts = semester.split("-");
        return "Near-peer mentoring, " + parts[1] + " " + parts[0];
    }

    private static Schedule schedule(String semester) {
        int year = Integer.parseInt(semester.substring(0, 4));
        if (semester.endsWith("fall")) {
            return new Schedule(LocalDate.of(year, 8, 22), LocalDate.of(year, 9, 9), LocalDate.of(year, 9, 12), LocalDate.of(year, 9, 19),
                    LocalDate.of(year, 12, 9), LocalDate.of(year, 12, 12), LocalDate.of(year, 12, 23), LocalDate.of(year, 9, 14));
        }
        return new Schedule(LocalDate.of(year, 2, 13), LocalDate.of(year, 2, 24), LocalDate.of(year, 2, 27), LocalDate.of(year, 3, 6),
                LocalDate.of(year, 6, 2), LocalDate.of(year, 6, 5), LocalDate.of(year, 6, 16), LocalDate.of(year, 3, 1));
    }

    private Participant participant(String username, ParticipantRole role, String yearLevel, String partner) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        Gender gender = random.nextInt(100) < 55 ? Gender.FEMALE : Gender.MALE;
        String campus = yearLevel.startsWith("PY") ? PREMEDICAL_CAMPUS : MEDICAL_CAMPUS;
        Set<HelpArea> help = EnumSet.noneOf(HelpArea.class);
        int wanted = role == ParticipantRole.MENTEE ? 1 + random.nextInt(3) : 2 + random.nextInt(3);
        while (help.size() < wanted) {
            help.add(pick(Map.of(HelpArea.EXAM_REVIEW, 30, HelpArea.TEST_TAKING_STRATEGY, 20, HelpArea.STUDY_METHODS_AND_PLANNING, 20,
                    HelpArea.SCHOOL_LIFE_MANAGEMENT, 12, HelpArea.EMOTIONAL_SUPPORT, 10, HelpArea.STUDY_RESOURCES, 8)));
        }
        Set<ParticipationPurpose> purposes = EnumSet.noneOf(ParticipationPurpose.class);
        int reasons = 1 + random.nextInt(2);
        while (purposes.size() < reasons) {
            purposes.add(role == ParticipantRole.MENTEE
                    ? pick(Map.of(ParticipationPurpose.ACADEMIC_HELP, 50, ParticipationPurpose.ADAPTATION_TO_SCHOOL_LIFE, 25,
                            ParticipationPurpose.EMOTIONAL_SUPPORT, 12, ParticipationPurpose.RELATIONSHIPS, 13))
                    : pick(Map.of(ParticipationPurpose.HELPING_JUNIORS, 40, ParticipationPurpose.SELF_DEVELOPMENT, 25,
                            ParticipationPurpose.VOLUNTEER_HOURS, 20, ParticipationPurpose.RELATIONSHIPS, 15)));
        }
        return new Participant(username, first, last, role, yearLevel, campus, gender, help, purposes, partner);
    }

    /** Mostly 4–5 meetings, face to face, about one to two hours, in the dormitory study room first. */
    private List<Meeting> meetings(Schedule schedule) {
        int count = pick(Map.of(2, 10, 3, 15, 4, 25, 5, 25, 6, 15, 8, 10));
        long days = ChronoUnit.DAYS.between(schedule.sessionsStartOn(), schedule.sessionsEndOn());
        TreeSet<LocalDate> dates = new TreeSet<>();
        while (dates.size() < count) {
            dates.add(schedule.sessionsStartOn().plusDays(random.nextLong(days + 1)));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate date : dates) {
            boolean faceToFace = random.nextInt(100) < 82;
            SessionLocation location = faceToFace
                    ? pick(Map.of(SessionLocation.DORM_STUDY_ROOM, 35, SessionLocation.LECTURE_ROOM, 20, SessionLocation.CAFE, 20,
                            SessionLocation.STUDENT_LOUNGE, 15, SessionLocation.LIBRARY, 10))
                    : SessionLocation.ONLINE;
            Set<SessionActivity> activities = EnumSet.noneOf(SessionActivity.class);
            int kinds = 1 + random.nextInt(2);
            while (activities.size() < kinds) {
                activities.add(pick(Map.of(SessionActivity.EXAM_REVIEW_SESSION, 35, SessionActivity.STUDY_PLAN, 20,
                        SessionActivity.TEST_TAKING_STRATEGY, 15, SessionActivity.NOTE_REVIEW, 10, SessionActivity.LIFESTYLE_MANAGEMENT, 8,
                        SessionActivity.EMOTIONAL_SUPPORT, 7, SessionActivity.SCHOOL_LIFE_ADVICE, 5)));
            }
            LocalTime start = pick(Map.of(LocalTime.of(18, 0), 3, LocalTime.of(19, 0), 4, LocalTime.of(19, 30), 3, LocalTime.of(20, 30), 2,
                    LocalTime.of(12, 30), 1));
            int minutes = faceToFace ? pick(Map.of(45, 2, 60, 5, 90, 5, 120, 4, 150, 1)) : pick(Map.of(20, 3, 30, 3, 45, 1));
            meetings.add(new Meeting(date, start, minutes, faceToFace ? SessionMethod.FACE_TO_FACE : SessionMethod.TEXT_MESSENGER, location,
                    activities, false));
        }
        return meetings;
    }

    private SurveyReply reply(Participant respondent, List<Meeting> meetings) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int count = meetings.size();
        answers.put("meetings_per_semester", count <= 3 ? "LESS_THAN_3" : count <= 5 ? "FOUR_TO_FIVE" : count <= 8 ? "SIX_TO_EIGHT" : "MORE_THAN_8");
        Set<String> methods = new TreeSet<>();
        meetings.forEach(m -> methods.add(m.method() == SessionMethod.FACE_TO_FACE ? "FACE_TO_FACE" : "TEXT"));
        answers.put("meeting_methods", List.copyOf(methods));
        double averageMinutes = meetings.stream().mapToInt(Meeting::minutes).average().orElse(0);
        answers.put("meeting_hours", averageMinutes < 50 ? "LESS_THAN_1" : averageMinutes < 90 ? "ABOUT_1" : averageMinutes < 150 ? "ABOUT_2" : "ABOUT_3");
        Set<String> locations = new TreeSet<>();
        meetings.stream().filter(m -> m.location() != SessionLocation.ONLINE).forEach(m -> locations.add(m.location().name()));
        if (!locations.isEmpty()) {
            answers.put("meeting_locations", List.copyOf(locations));
        }
        String role = respondent.role().name();
        for (String item : List.of(LIKERT_APPROPRIATE, LIKERT_ATTITUDE, LIKERT_CONTENT)) {
            List<Integer> pool = likertPool.get(item + "/" + role);
            // Table 2 is the first school's; the second school's few respondents answer freely.
            answers.put(item, pool.isEmpty() ? 2 + random.nextInt(4) : pool.remove(0));
        }
        answers.put(respondent.role() == ParticipantRole.MENTEE ? "purpose_mentee" : "purpose_mentor",
                respondent.purposes().stream().map(Enum::name).sorted().toList());
        Set<String> roles = new LinkedHashSet<>();
        int played = 1 + random.nextInt(3);
        while (roles.size() < played) {
            roles.add(pick(Map.of("STUDY_ADVISOR", 30, "EXAM_GUIDE", 25, "LIFE_COUNSELOR", 15, "EMOTIONAL_SUPPORTER", 10, "ROLE_MODEL", 8,
                    "INFORMATION_PROVIDER", 8, "FRIEND", 4)));
        }
        answers.put("mentor_roles", roles.stream().sorted().toList());
        Map<String, Set<String>> openCodes = new LinkedHashMap<>();
        open(answers, openCodes, "benefits", OpenAnswerBank.benefits(respondent.role()), 100);
        open(answers, openCodes, "worst_experience", OpenAnswerBank.worstExperiences(respondent.role()), 60);
        open(answers, openCodes, "suggestions", OpenAnswerBank.suggestions(respondent.role()), 70);
        return new SurveyReply(respondent.username(), respondent.role(), answers, openCodes);
    }

    private void open(Map<String, Object> answers, Map<String, Set<String>> openCodes, String item, List<OpenAnswerBank.CodedText> bank,
            int percent) {
        if (random.nextInt(100) < percent) {
            OpenAnswerBank.CodedText answer = bank.get(random.nextInt(bank.size()));
            answers.put(item, answer.text());
            openCodes.put(item, answer.codes());
        }
    }

    private List<Integer> shuffled(List<Integer> values) {
        List<Integer> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A weighted choice; weights are read in a stable order so the cohort does not depend on map iteration. */
    private <T> T pick(Map<T, Integer> weights) {
        List<Map.Entry<T, Integer>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))));
        int total = entries.stream().mapToInt(Map.Entry::getValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : entries) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
