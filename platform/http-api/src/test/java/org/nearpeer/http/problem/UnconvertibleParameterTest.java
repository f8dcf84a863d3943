package org.nearpeer.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** JAX-RS says 404 for any parameter it cannot convert; a bad query parameter is bad input instead. */
class UnconvertibleParameterTest {

    @Test
    void aQueryValueTheConverterQuotesIsNamed() {
        assertThat(ProblemResponses.queryParameterNamedBy("For input string: \"twelve\"", List.of("api", "v1", "cycles"),
                Map.of("page", List.of("twelve"), "size", List.of("20"))))
                .contains(Map.entry("page", "twelve"));
    }

    @Test
    void aPathSegmentTheConverterQuotesLeavesThePathAtFault() {
        assertThat(ProblemResponses.queryParameterNamedBy("Invalid UUID string: not-a-uuid", List.of("api", "v1", "cycles", "not-a-uuid"),
                Map.of("page", List.of("a"))))
                .isEmpty();
    }

    @Test
    void aPathSegmentThatOccursInTheMessageByChanceDoesNotHideTheQueryValue() {
        assertThat(ProblemResponses.queryParameterNamedBy("No enum constant org.nearpeer.analytics.domain.coding.AnswerStatus.NOT_A_VALUE",
                List.of("api", "v1", "coding", "answers"), Map.of("status", List.of("NOT_A_VALUE"))))
                .contains(Map.entry("status", "NOT_A_VALUE"));
    }

    @Test
    void nothingQuotedMeansNoQueryParameterIsBlamed() {
        assertThat(ProblemResponses.queryParameterNamedBy("conversion failed", List.of("api", "v1", "cycles"), Map.of("page", List.of("0"))))
                .isEmpty();
    }
}
