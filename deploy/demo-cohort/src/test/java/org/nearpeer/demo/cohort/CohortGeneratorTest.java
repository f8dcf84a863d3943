package org.nearpeer.demo.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nearpeer.demo.cohort.Cohort.Participant;
import org.nearpeer.demo.cohort.Cohort.SurveyReply;
import org.nearpeer.events.vocabulary.ParticipantRole;

class CohortGeneratorTest {

    private final Cohort cohort = CohortGenerator.generate();
    private final Cohort.School north = cohort.schools().get(0);

    @Test
    void theFirstSchoolHas67ParticipantsOfAStudentBodyOf240OverFiveSemesters() {
        assertThat(north.studentBody()).isEqualTo(240);
        assertThat(north.semesters()).extracting(Cohort.Semester::semester)
                .containsExactly("2016-fall", "2017-spring", "2017-fall", "2018-spring", "2018-fall");
        List<Participant> participants = north.semesters().stream().flatMap(s -> s.participants().stream()).toList();
        assertThat(participants).hasSize(67);
        assertThat(participants).extracting(Participant::username).doesNotHaveDuplicates();
    }

    @Test
    void nineteenRespondentsTenMenteesAndNineMentorsAre28Point4Percent() {
        List<SurveyReply> replies = north.semesters().stream().flatMap(s -> s.responses().stream()).toList();
        assertThat(replies).hasSize(19);
        assertThat(replies.stream().filter(r -> r.role() == ParticipantRole.MENTEE)).hasSize(10);
        assertThat(Math.round(1000.0 * 19 / 67) / 10.0).isEqualTo(28.4);
    }

    @Test
    void theLikertAnswersGiveThePapersTable2WhenRounded() {
        List<SurveyReply> replies = north.semesters().stream().flatMap(s -> s.responses().stream()).toList();
        CohortGenerator.TABLE_2.forEach((item, figures) -> {
            assertRounded(replies, item, ParticipantRole.MENTEE, figures[0], figures[1]);
            assertRounded(replies, item, ParticipantRole.MENTOR, figures[2], figures[3]);
        });
    }

    private static void assertRounded(List<SurveyReply> replies, String item, ParticipantRole role, double mean, double sd) {
        double[] values = replies.stream().filter(r -> r.role() == role).mapToDouble(r -> ((Integer) r.answers().get(item))).toArray();
        double m = java.util.Arrays.stream(values).average().orElseThrow();
        double s = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
        assertThat(LikertDistribution.rounded(m)).as(item + " " + role + " mean " + m).isEqualTo(LikertDistribution.rounded(mean));
        assertThat(LikertDistribution.rounded(s)).as(item + " " + role + " sd " + s).isEqualTo(LikertDistribution.rounded(sd));
    }

    @Test
    void menteesAreInPy2Y1OrY2AndSelfChosenMentorsAreTheSameClassOrUpToTwoYearsAbove() {
        for (Cohort.School school : cohort.schools()) {
            for (Cohort.Semester semester : school.semesters()) {
                Map<String, Participant> byName = semester.participants().stream().collect(Collectors.toMap(Participant::username, Function.identity()));
                for (Participant mentee : semester.withRole(ParticipantRole.MENTEE)) {
                    assertThat(mentee.yearLevel()).isIn("PY2", "Y1", "Y2");
                    if (mentee.partnerUsername() != null) {
                        Participant mentor = byName.get(mentee.partnerUsername());
                        assertThat(mentor.partnerUsername()).isEqualTo(mentee.username());
                        int gap = CohortGenerator.YEAR_LEVELS.indexOf(mentor.yearLevel()) - CohortGenerator.YEAR_LEVELS.indexOf(mentee.yearLevel());
                        assertThat(gap).isBetween(0, 2);
                    }
                }
                assertThat(semester.meetings()).hasSize(semester.withRole(ParticipantRole.MENTEE).size());
            }
        }
    }

    @Test
    void everyMeetingFallsInsideItsSessionPeriodOnItsOwnDay() {
        for (Cohort.School school : cohort.schools()) {
            for (Cohort.Semester semester : school.semesters()) {
                semester.meetings().values().forEach(meetings -> {
                    assertThat(meetings).extracting(Cohort.Meeting::date).doesNotHaveDuplicates()
                            .allSatisfy(d -> assertThat(d).isBetween(semester.schedule().sessionsStartOn(), semester.schedule().sessionsEndOn()));
                });
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameCohort() {
        assertThat(CohortGenerator.generate()).isEqualTo(cohort);
    }

    @Test
    void aSecondSmallerSchoolGivesTenancyAndTheCrossSchoolFeedsSomethingToShow() {
        Cohort.School south = cohort.schools().get(1);
        assertThat(south.id()).isEqualTo("south-coast");
        assertThat(south.semesters()).hasSize(1);
        assertThat(south.semesters().get(0).participants()).hasSizeLessThan(20);
        assertThat(south.semesters().get(0).responses()).isNotEmpty();
    }
}
