package org.nearpeer.survey.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.events.vocabulary.ParticipantRole;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Campaigns with their invitees and responses. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public List<Campaign> ofCycle(UUID cycleId) {
        return list("cycleId", Sort.descending("createdAt"), cycleId);
    }

    public void persistInvitee(CampaignInvitee invitee) {
        getEntityManager().persist(invitee);
    }

    public Optional<CampaignInvitee> invitee(UUID campaignId, String participantId) {
        return Optional.ofNullable(getEntityManager().find(CampaignInvitee.class, new CampaignInvitee.Key(campaignId, participantId)));
    }

    public long invited(UUID campaignId, ParticipantRole role) {
        return getEntityManager().createQuery("select count(i) from CampaignInvitee i where i.campaignId = :c and i.role = :r", Long.class)
                .setParameter("c", campaignId).setParameter("r", role).getSingleResult();
    }

    public long responded(UUID campaignId, ParticipantRole role) {
        return getEntityManager().createQuery("select count(r) from SurveyResponse r where r.campaignId = :c and r.role = :r", Long.class)
                .setParameter("c", campaignId).setParameter("r", role).getSingleResult();
    }

    public List<CampaignInvitee> nonRespondents(UUID campaignId, int pageIndex, int pageSize) {
        return getEntityManager().createQuery("""
                select i from CampaignInvitee i where i.campaignId = :c
                  and not exists (select 1 from SurveyResponse r where r.campaignId = i.campaignId and r.participantId = i.participantId)
                order by i.role, i.participantId""", CampaignInvitee.class)
                .setParameter("c", campaignId).setFirstResult(pageIndex * pageSize).setMaxResults(pageSize).getResultList();
    }

    public long countNonRespondents(UUID campaignId) {
        return getEntityManager().createQuery("""
                select count(i) from CampaignInvitee i where i.campaignId = :c
                  and not exists (select 1 from SurveyResponse r where r.campaignId = i.campaignId and r.participantId = i.participantId)""",
                Long.class).setParameter("c", campaignId).getSingleResult();
    }

    public Optional<SurveyResponse> response(UUID campaignId, String participantId) {
        return getEntityManager().createQuery("select r from SurveyResponse r where r.campaignId = :c and r.participantId = :p", SurveyResponse.class)
                .setParameter("c", campaignId).setParameter("p", participantId).getResultStream().findFirst();
    }

    public void persistResponse(SurveyResponse response) {
        getEntityManager().persist(response);
    }

    /** A participant's responses in a cycle's campaigns (for erasure after consent is withdrawn). */
    public List<SurveyResponse> responsesInCycle(UUID cycleId, String participantId) {
        return getEntityManager().createQuery("""
                select r from SurveyResponse r where r.participantId = :p
                  and r.campaignId in (select c.id from Campaign c where c.cycleId = :cycle)""", SurveyResponse.class)
                .setParameter("p", participantId).setParameter("cycle", cycleId).getResultList();
    }

    /** Open campaigns a participant is invited to. */
    public List<Campaign> openFor(String participantId) {
        return getEntityManager().createQuery("""
                select c from Campaign c where c.status = :open
                  and exists (select 1 from CampaignInvitee i where i.campaignId = c.id and i.participantId = :p)
                order by c.closesAt""", Campaign.class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("p", participantId).getResultList();
    }
}
