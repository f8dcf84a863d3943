package org.nearpeer.analytics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CycleOverviewRepository implements PanacheRepositoryBase<CycleOverview, UUID> {

    public Optional<CycleOverview> findInSchool(String schoolId, UUID cycleId) {
        return find("schoolId = ?1 and cycleId = ?2", schoolId, cycleId).firstResultOptional();
    }

    public List<CycleOverview> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find("schoolId", Sort.descending("applicationOpensOn"), schoolId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count("schoolId", schoolId);
    }
}
