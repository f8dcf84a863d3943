package org.nearpeer.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** How a rebuild deals the partitions to its workers. */
class RebuildSharesTest {

    private static TopicPartition survey(int partition) {
        return new TopicPartition("nearpeer.survey.v1", partition);
    }

    @Test
    void sharesAreBalancedByRecordsNotByPartitionCount() {
        // Cycles hash unevenly: round-robin by partition number would give one worker 75,000 records and the other 26,000.
        Map<TopicPartition, Long> records = Map.of(survey(0), 25_000L, survey(1), 9_335L, survey(2), 25_002L, survey(3), 16_666L,
                survey(4), 24_999L);

        List<List<TopicPartition>> shares = ProjectionRebuild.deal(records, 2);

        assertThat(shares).hasSize(2);
        assertThat(shares.get(0)).containsExactly(survey(2), survey(3), survey(1));
        assertThat(shares.get(1)).containsExactly(survey(0), survey(4));
        assertThat(total(shares.get(0), records)).isEqualTo(51_003);
        assertThat(total(shares.get(1), records)).isEqualTo(49_999);
    }

    @Test
    void everyPartitionIsDealtExactlyOnceAndNoWorkerIsIdleWithoutNeed() {
        Map<TopicPartition, Long> records = Map.of(survey(0), 5L, survey(1), 5L, new TopicPartition("nearpeer.enrollment.v1", 0), 5L);

        List<List<TopicPartition>> shares = ProjectionRebuild.deal(records, 4);

        assertThat(shares).hasSize(3).allSatisfy(share -> assertThat(share).hasSize(1));
        assertThat(shares.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(records.keySet());
    }

    @Test
    void nothingToReplayIsOneEmptyShare() {
        assertThat(ProjectionRebuild.deal(Map.of(), 2)).containsExactly(List.of());
    }

    private static long total(List<TopicPartition> share, Map<TopicPartition, Long> records) {
        return share.stream().mapToLong(records::get).sum();
    }
}
