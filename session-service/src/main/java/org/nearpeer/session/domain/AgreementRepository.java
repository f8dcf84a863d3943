package org.nearpeer.session.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, Agreement.Key> {

    public Optional<Agreement> latest(UUID pairId) {
        return find("pairId", Sort.descending("version"), pairId).firstResultOptional();
    }

    public boolean hasSignedVersion(UUID pairId) {
        return count("pairId = ?1 and mentorSignedAt is not null and menteeSignedAt is not null", pairId) > 0;
    }
}
