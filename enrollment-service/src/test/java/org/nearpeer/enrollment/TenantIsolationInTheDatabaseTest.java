package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.nearpeer.tenancy.SchoolContext;
import org.nearpeer.tenancy.TenantTablesGuard;
import org.nearpeer.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Row-level security: even SQL that forgets its school filter cannot see or write another school's rows. */
@QuarkusTest
class TenantIsolationInTheDatabaseTest {

    @Inject
    EntityManager entityManager;
    @Inject
    TenantTablesGuard guard;

    private final String schoolA = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final String schoolB = "school-" + UUID.randomUUID().toString().substring(0, 8);

    private void createCycle(String school) {
        given().auth().oauth2(Tokens.coordinator(school).token()).contentType(ContentType.JSON)
                .body("{\"semester\":\"2026-fall\",\"title\":\"t\",\"applicationOpensOn\":\"2026-08-24\",\"applicationClosesOn\":\"2026-09-11\"}")
                .when().post("/api/v1/cycles").then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private List<String> schoolsVisible() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("select school_id from program_cycle").getResultList());
    }

    @Test
    void aQueryWithoutASchoolFilterReturnsNoOtherSchoolsRows() {
        createCycle(schoolA);
        createCycle(schoolB);
        assertThat(SchoolContext.callAs(schoolA, this::schoolsVisible)).isNotEmpty().containsOnly(schoolA);
        assertThat(schoolsVisible()).as("no school set: tenant tables look empty").isEmpty();
        assertThat(SchoolContext.callAcrossSchools(this::schoolsVisible)).contains(schoolA, schoolB);
    }

    @Test
    void aRowForAnotherSchoolCannotBeWritten() {
        assertThatThrownBy(() -> SchoolContext.runAs(schoolA, () -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into program_cycle (id, school_id, semester, title, application_opens_on, application_closes_on, status, created_at, created_by)
                values (gen_random_uuid(), ?1, '2026-fall', 't', date '2026-08-24', date '2026-09-11', 'DRAFT', now(), 'x')""")
                .setParameter(1, schoolB).executeUpdate())))
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void everyTenantOwnedTableIsUnderForcedRowLevelSecurity() {
        assertThat(guard.unprotectedTenantTables()).isEmpty();
    }

    @Test
    void aClientCannotSetFieldsTheServerOwns() {
        given().auth().oauth2(Tokens.coordinator(schoolA).token()).contentType(ContentType.JSON)
                .body("{\"semester\":\"2027-fall\",\"title\":\"t\",\"applicationOpensOn\":\"2027-08-24\",\"applicationClosesOn\":\"2027-09-11\","
                        + "\"schoolId\":\"" + schoolB + "\",\"status\":\"OPEN\"}")
                .when().post("/api/v1/cycles")
                .then().statusCode(400).body("type", equalTo("urn:nearpeer:problem:unknown-field"));
    }
}
