package org.nearpeer.enrollment.messaging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.nearpeer.enrollment.domain.IdentityProvider;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

/**
 * Accounts in Keycloak through its Admin REST API, as the {@code nearpeer-provisioning} service
 * account (client credentials, realm-management: manage-users). The school is the admin-only
 * {@code school} user attribute that becomes the token's {@code school} claim.
 */
@ApplicationScoped
class KeycloakIdentityProvider implements IdentityProvider {

    private final Keycloak keycloak;
    private final String realm;
    private final boolean sendInvitationEmail;

    KeycloakIdentityProvider(Keycloak keycloak, @ConfigProperty(name = "nearpeer.identity.realm", defaultValue = "nearpeer") String realm,
            @ConfigProperty(name = "nearpeer.identity.send-invitation-email", defaultValue = "false") boolean sendInvitationEmail) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.sendInvitationEmail = sendInvitationEmail;
    }

    @Override
    public String ensureCoordinator(String schoolId, String email, String firstName, String lastName) {
        RealmResource realmResource = keycloak.realm(realm);
        List<UserRepresentation> existing = realmResource.users().searchByEmail(email, true);
        String userId;
        if (existing.isEmpty()) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            user.setAttributes(Map.of(CurrentCaller.SCHOOL_CLAIM, List.of(schoolId)));
            user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            try (Response response = realmResource.users().create(user)) {
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused the account: HTTP " + response.getStatus());
                }
                userId = CreatedResponseUtil.getCreatedId(response);
            }
        } else {
            UserRepresentation user = existing.get(0);
            List<String> schools = user.getAttributes() == null ? null : user.getAttributes().get(CurrentCaller.SCHOOL_CLAIM);
            if (schools != null && !schools.isEmpty() && !schools.contains(schoolId)) {
                throw new IllegalStateException("an account with this e-mail belongs to another school");
            }
            userId = user.getId();
            if (schools == null || schools.isEmpty()) {
                user.singleAttribute(CurrentCaller.SCHOOL_CLAIM, schoolId);
                realmResource.users().get(userId).update(user);
            }
        }
        RoleRepresentation coordinator = realmResource.roles().get(Roles.COORDINATOR).toRepresentation();
        realmResource.users().get(userId).roles().realmLevel().add(List.of(coordinator));
        if (sendInvitationEmail) {
            realmResource.users().get(userId).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        }
        return userId;
    }
}
