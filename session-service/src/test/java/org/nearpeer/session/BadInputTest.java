package org.nearpeer.session;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.nearpeer.testing.BadInputFuzzer;

import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint refuses malformed input with a problem response, and nothing bad input does causes a server error. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicNode> everyEndpointRefusesBadInputWithAProblem() throws Exception {
        return BadInputFuzzer.forSchool("school-" + UUID.randomUUID().toString().substring(0, 8)).tests();
    }
}
