package org.nearpeer.enrollment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Cycles, always looked up within one school. */
@ApplicationScoped
public class ProgramCycleRepository implements PanacheRepositoryBase<ProgramCycle, UUID> {

    public Optional<ProgramCycle> findInSchool(String schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResultOptional();
    }

    public boolean existsForSemester(String schoolId, String semester) {
        return count("schoolId = ?1 and semester = ?2", schoolId, semester) > 0;
    }

    public List<ProgramCycle> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find("schoolId", Sort.descending("applicationOpensOn"), schoolId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count("schoolId", schoolId);
    }
}
