package org.nearpeer.enrollment.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SchoolRepository implements PanacheRepositoryBase<School, String> {

    public List<School> listAll(int pageIndex, int pageSize) {
        return findAll(Sort.ascending("name")).page(Page.of(pageIndex, pageSize)).list();
    }
}
