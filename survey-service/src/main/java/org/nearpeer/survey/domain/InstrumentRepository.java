package org.nearpeer.survey.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, UUID> {

    public List<Instrument> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find("schoolId", Sort.ascending("name").and("version", Sort.Direction.Descending), schoolId)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count("schoolId", schoolId);
    }

    public Optional<Instrument> findInSchool(String schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResultOptional();
    }

    public int nextVersion(String schoolId, String name) {
        Integer latest = getEntityManager().createQuery("select max(i.version) from Instrument i where i.schoolId = :s and i.name = :n", Integer.class)
                .setParameter("s", schoolId).setParameter("n", name).getSingleResult();
        return latest == null ? 1 : latest + 1;
    }
}
