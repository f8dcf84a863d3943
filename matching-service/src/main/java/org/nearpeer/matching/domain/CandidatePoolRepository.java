package org.nearpeer.matching.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CandidatePoolRepository implements PanacheRepositoryBase<CandidatePool, UUID> {

    public Optional<CandidatePool> findInSchool(String schoolId, UUID cycleId) {
        return find("schoolId = ?1 and cycleId = ?2", schoolId, cycleId).firstResultOptional();
    }
}
