package org.nearpeer.survey.domain;

/** The facts the survey service publishes; implemented by the messaging layer through the outbox. */
public interface SurveyEvents {

    void instrumentPublished(Instrument instrument);

    void campaignOpened(Campaign campaign, long invitedMentees, long invitedMentors);

    void campaignClosed(Campaign campaign, long invitedMentees, long invitedMentors, long respondedMentees, long respondedMentors);

    /** First revision → ResponseSubmitted, later → ResponseRevised. */
    void responseRecorded(Campaign campaign, SurveyResponse response);

    void responseErased(Campaign campaign, SurveyResponse response, String reason);

    void respondentsReminded(Campaign campaign, java.util.List<String> participantIds);
}
