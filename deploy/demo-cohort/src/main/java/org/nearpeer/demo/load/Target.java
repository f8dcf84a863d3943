package org.nearpeer.demo.load;

import java.util.Map;

/**
 * Where the cohort goes: the services' base URLs, the Keycloak realm, and the accounts the loader
 * acts as. Student accounts are created through Keycloak's admin API with the master realm's
 * administrator; every account (demo staff and the created students) uses {@code password}.
 *
 * @param coordinators school id → coordinator username
 * @param coders       school id → coder username (open answers)
 */
public record Target(String keycloakUrl, String realm, String enrollmentUrl, String matchingUrl, String sessionUrl, String surveyUrl,
        String analyticsUrl, String keycloakAdmin, String keycloakAdminPassword, String platformAdmin, Map<String, String> coordinators,
        Map<String, String> coders, String password) {

    /** The accounts of the local stack's realm import. */
    public static Target localStack(String keycloakUrl, String enrollmentUrl, String matchingUrl, String sessionUrl, String surveyUrl,
            String analyticsUrl) {
        return new Target(keycloakUrl, "nearpeer", enrollmentUrl, matchingUrl, sessionUrl, surveyUrl, analyticsUrl, "admin", "admin",
                "platform.admin", Map.of("north-valley", "coordinator.north", "south-coast", "coordinator.south"),
                Map.of("north-valley", "coder.north", "south-coast", "coordinator.south"), "nearpeer");
    }

    public String tokenUrl() {
        return keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }
}
