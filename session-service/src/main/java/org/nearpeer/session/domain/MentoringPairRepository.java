package org.nearpeer.session.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MentoringPairRepository implements PanacheRepositoryBase<MentoringPair, UUID> {

    private static final String OF_SCHOOL = "schoolId = ?1";
    private static final String OF_PARTICIPANT = "schoolId = ?1 and (mentorId = ?2 or menteeId = ?2)";

    public List<MentoringPair> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find(OF_SCHOOL, Sort.descending("formedAt"), schoolId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count(OF_SCHOOL, schoolId);
    }

    public List<MentoringPair> listOfParticipant(String schoolId, String userId, int pageIndex, int pageSize) {
        return find(OF_PARTICIPANT, Sort.descending("formedAt"), schoolId, userId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOfParticipant(String schoolId, String userId) {
        return count(OF_PARTICIPANT, schoolId, userId);
    }
}
