package org.nearpeer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.InstrumentRepository;

@ApplicationScoped
public class InstrumentQueries {

    private final InstrumentRepository instruments;

    public InstrumentQueries(InstrumentRepository instruments) {
        this.instruments = instruments;
    }

    @Transactional
    public Page<Instrument> list(String schoolId, PageRequest page) {
        return Page.of(instruments.listInSchool(schoolId, page.page, page.size), page, instruments.countInSchool(schoolId));
    }
}
