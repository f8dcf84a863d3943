package org.nearpeer.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureAnywhereInTheCauseChainIsAnOutageNotABug() {
        Exception wrapped = new IllegalStateException("cannot set the school on a database connection",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(ProblemResponses.databaseUnreachable(wrapped)).isTrue();
        assertThat(ProblemResponses.databaseUnreachable(new RuntimeException(new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(ProblemResponses.databaseUnreachable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOrdinaryBugsAreNot() {
        assertThat(ProblemResponses.databaseUnreachable(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(ProblemResponses.databaseUnreachable(new NullPointerException())).isFalse();
        assertThat(ProblemResponses.databaseUnreachable(new SQLException("no state"))).isFalse();
    }
}
