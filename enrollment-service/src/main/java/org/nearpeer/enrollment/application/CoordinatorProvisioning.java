package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.nearpeer.enrollment.domain.CoordinatorInvitation;
import org.nearpeer.enrollment.domain.CoordinatorInvitationRepository;
import org.nearpeer.enrollment.domain.IdentityProvider;
import org.nearpeer.tenancy.SchoolContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Turns pending coordinator invitations into identity-provider accounts, in the background so an
 * invitation is accepted even while Keycloak is briefly unavailable; failures are retried and,
 * after {@link CoordinatorInvitation#MAX_ATTEMPTS}, reported on the invitation.
 */
@ApplicationScoped
public class CoordinatorProvisioning {

    private static final Logger LOG = Logger.getLogger(CoordinatorProvisioning.class);

    private final CoordinatorInvitationRepository invitations;
    private final IdentityProvider identityProvider;
    private final Clock clock;
    private final boolean enabled;

    public CoordinatorProvisioning(CoordinatorInvitationRepository invitations, IdentityProvider identityProvider, Clock clock,
            @ConfigProperty(name = "nearpeer.identity.provisioning.enabled", defaultValue = "true") boolean enabled) {
        this.invitations = invitations;
        this.identityProvider = identityProvider;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(every = "${nearpeer.identity.provisioning.every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void provisionPending() {
        if (enabled) {
            provisionPendingNow();
        }
    }

    /** @return how many invitations were handled */
    public int provisionPendingNow() {
        return SchoolContext.callAcrossSchools(() -> QuarkusTransaction.requiringNew().call(() -> {
            var pending = invitations.claimPending(10);
            for (CoordinatorInvitation invitation : pending) {
                try {
                    String identityId = identityProvider.ensureCoordinator(invitation.schoolId(), invitation.email(),
                            invitation.firstName(), invitation.lastName());
                    invitation.provisioned(identityId, Instant.now(clock));
                    LOG.infof("Provisioned coordinator account for invitation %s (school %s)", invitation.id(), invitation.schoolId());
                } catch (RuntimeException e) {
                    invitation.attemptFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
                    LOG.warnf("Could not provision invitation %s yet: %s", invitation.id(), e.getMessage());
                }
            }
            return pending.size();
        }));
    }
}
