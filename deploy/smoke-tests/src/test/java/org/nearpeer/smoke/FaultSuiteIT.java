package org.nearpeer.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nearpeer.faults.FaultSuite;

/**
 * The fault suite's short form on the packaged stack: under mixed writes through the APIs, Kafka is
 * killed, PostgreSQL stopped immediately, enrollment killed, survey's Kafka connection cut at a TCP
 * proxy, analytics killed — each brought back —
 * and afterwards nothing acknowledged is missing and every projection equals its services' records.
 * The stack is healthy again when it ends (the other end-to-end tests share it).
 */
@ExtendWith(RunningStack.class)
class FaultSuiteIT {

    @Test
    void nothingAcknowledgedIsLostAndNothingIsCountedTwiceWhenTheBrokerTheDatabaseAndServicesFail() throws Exception {
        FaultSuite.Summary summary = new FaultSuite(RunningStack.stack(), System.out).run(FaultSuite.Plan.shortForm());

        assertThat(summary.faults()).hasSize(5);
        assertThat(summary.writesAcknowledged()).isPositive();
        assertThat(summary.reconciliation().details()).isEmpty();
        assertThat(summary.passed()).isTrue();
    }
}
