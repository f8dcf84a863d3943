package org.nearpeer.enrollment;

import org.nearpeer.testing.RealInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every test of this module runs against real PostgreSQL and Kafka and verifies real signed tokens. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
