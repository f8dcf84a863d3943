package org.nearpeer.demo.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LikertDistributionTest {

    @Test
    void findsTenAnswersWhoseMeanAndSampleSdRoundToTheTargets() {
        List<Integer> answers = LikertDistribution.answers(10, 3.6, 0.5);
        double mean = answers.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double sd = Math.sqrt(answers.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / 9);
        assertThat(answers).hasSize(10).allSatisfy(a -> assertThat(a).isBetween(1, 5));
        assertThat(LikertDistribution.rounded(mean)).isEqualTo(36);
        assertThat(LikertDistribution.rounded(sd)).isEqualTo(5);
    }

    @Test
    void roundsHalvesUpAsTablesPrintThem() {
        assertThat(LikertDistribution.rounded(3.25)).isEqualTo(33);
        assertThat(LikertDistribution.rounded(3.2499)).isEqualTo(32);
    }

    @Test
    void saysSoWhenNoAnswersCanGiveTheTargets() {
        assertThatThrownBy(() -> LikertDistribution.answers(3, 5.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
