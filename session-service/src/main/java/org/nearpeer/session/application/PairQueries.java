package org.nearpeer.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringPairRepository;

/** Reading pairs: a coordinator sees the school's, a student only their own. */
@ApplicationScoped
public class PairQueries {

    private final MentoringPairRepository pairs;

    public PairQueries(MentoringPairRepository pairs) {
        this.pairs = pairs;
    }

    @Transactional
    public Page<MentoringPair> ofSchool(String schoolId, PageRequest page) {
        return Page.of(pairs.listInSchool(schoolId, page.page, page.size), page, pairs.countInSchool(schoolId));
    }

    @Transactional
    public MentoringPair get(PairAccess access, PairAccess.Caller caller, java.util.UUID pairId) {
        return access.visible(caller, pairId);
    }

    @Transactional
    public Page<MentoringPair> ofParticipant(String schoolId, String userId, PageRequest page) {
        return Page.of(pairs.listOfParticipant(schoolId, userId, page.page, page.size), page, pairs.countOfParticipant(schoolId, userId));
    }
}
