package org.nearpeer.survey;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.nearpeer.testing.TenantIsolationMatrix;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantIsolationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyEndpointKeepsSchoolsApart() {
        return TenantIsolationMatrix.forSchool("school-" + UUID.randomUUID().toString().substring(0, 8)).tests();
    }
}
