package org.nearpeer.backbone.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.nearpeer.backbone.config.EventBackboneConfig;

/**
 * Reports the outbox backlog and the parked incoming events. A backlog alone keeps the service ready: writes still commit
 * while Kafka is away and are shipped later. Not ready only if the relay should run and does not.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxRelay relay;
    private final EventBackboneConfig config;

    public OutboxHealthCheck(OutboxBacklog backlog, OutboxRelay relay, EventBackboneConfig config) {
        this.backlog = backlog;
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("events");
        boolean relayUp = !config.outbox().relayEnabled() || relay.isRunning();
        response.withData("relayRunning", relay.isRunning());
        try {
            OutboxBacklog.Snapshot snapshot = backlog.read();
            response.withData("pendingEvents", snapshot.pending()).withData("oldestPendingSeconds", snapshot.oldestAge().toSeconds())
                    .withData("parkedEvents", snapshot.parked());
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
        return response.status(relayUp).build();
    }
}
