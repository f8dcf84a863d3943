package org.nearpeer.analytics.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cohen's κ, Krippendorff's α and percent agreement against NLTK's values for the same labels
 * ({@code coding/generate-agreement-reference.py} → {@code agreement-reference.csv}).
 */
class AgreementReferenceTest {

    static Stream<CSVRecord> cases() throws IOException {
        var reader = new InputStreamReader(AgreementReferenceTest.class.getResourceAsStream("/coding/agreement-reference.csv"), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReference(CSVRecord reference) {
        Agreement.Result result = Agreement.of(List.of(reference.get("first").split("\\|")), List.of(reference.get("second").split("\\|")));
        check(result.percent(), reference.get("percent"));
        check(result.kappa(), reference.get("kappa"));
        check(result.alpha(), reference.get("alpha"));
    }

    private static void check(Double actual, String expected) {
        if (expected.equals("NA")) {
            assertThat(actual).as("undefined, reported as null").isNull();
        } else {
            assertThat(actual).isCloseTo(Double.parseDouble(expected), within(1e-12));
        }
    }
}
