package org.nearpeer.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.domain.CycleOverview;
import org.nearpeer.analytics.domain.CycleOverviewRepository;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.CycleCreated;

/** Keeps {@link CycleOverview} current; runs inside the consumer's dedupe transaction. */
@ApplicationScoped
public class CycleProjection {

    private final CycleOverviewRepository overviews;

    public CycleProjection(CycleOverviewRepository overviews) {
        this.overviews = overviews;
    }

    public void onCycleCreated(EventEnvelope<CycleCreated> event) {
        if (overviews.findByIdOptional(event.cycleId()).isPresent()) {
            return; // same fact delivered under another id (e.g. a replayed outbox row): nothing to add
        }
        CycleCreated data = event.data();
        overviews.persist(CycleOverview.created(event.cycleId(), event.schoolId(), data.semester(), data.title(),
                data.applicationOpensOn(), data.applicationClosesOn(), event.time()));
    }
}
