package org.nearpeer.backbone;

import org.nearpeer.testing.RealInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backbone"))
public class TestInfrastructure {
}
