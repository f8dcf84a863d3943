package org.nearpeer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nearpeer.demo.load.Target;

class DemoCommandTest {

    private final Target local = Target.localStack("http://127.0.0.1:8180", "http://127.0.0.1:8081", "http://127.0.0.1:8082",
            "http://127.0.0.1:8083", "http://127.0.0.1:8084", "http://127.0.0.1:8085");

    @Test
    void withoutOptionsTheLocalStackAndItsRealmAccountsAreTheTarget() {
        assertThat(DemoCommand.parse(List.of(), local)).isEqualTo(local);
    }

    @Test
    void anotherDeploymentIsGivenByItsUrlsAndAccounts() {
        Target target = DemoCommand.parse(List.of("--enrollment", "https://api.example.org/enrollment/", "--keycloak-admin", "root:s3cret:x",
                "--coordinator", "north-valley=nora", "--password", "pw"), local);
        assertThat(target.enrollmentUrl()).isEqualTo("https://api.example.org/enrollment");
        assertThat(target.keycloakAdmin()).isEqualTo("root");
        assertThat(target.keycloakAdminPassword()).isEqualTo("s3cret:x");
        assertThat(target.coordinators()).containsEntry("north-valley", "nora").containsEntry("south-coast", "coordinator.south");
        assertThat(target.password()).isEqualTo("pw");
    }

    @Test
    void unknownOptionsAndMalformedAccountsAreRefusedWithAReason() {
        assertThatThrownBy(() -> DemoCommand.parse(List.of("--fast", "yes"), local)).hasMessageContaining("Unknown option: --fast");
        assertThatThrownBy(() -> DemoCommand.parse(List.of("--coder", "nobody"), local)).hasMessageContaining("SCHOOL=USER");
        assertThatThrownBy(() -> DemoCommand.parse(List.of("--keycloak"), local)).hasMessageContaining("missing value");
    }
}
