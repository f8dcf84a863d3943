package org.nearpeer.survey.domain;

import java.util.List;
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
}
