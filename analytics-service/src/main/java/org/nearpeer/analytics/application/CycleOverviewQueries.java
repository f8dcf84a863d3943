package org.nearpeer.analytics.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.CycleOverview;
import org.nearpeer.analytics.domain.CycleOverviewRepository;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ResourceNotFoundException;

/** Reading cycle overviews of one school. */
@ApplicationScoped
public class CycleOverviewQueries {

    private final CycleOverviewRepository overviews;

    public CycleOverviewQueries(CycleOverviewRepository overviews) {
        this.overviews = overviews;
    }

    @Transactional
    public CycleOverview get(String schoolId, UUID cycleId) {
        return overviews.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
    }

    @Transactional
    public Page<CycleOverview> list(String schoolId, PageRequest page) {
        return Page.of(overviews.listInSchool(schoolId, page.page, page.size), page, overviews.countInSchool(schoolId));
    }
}
