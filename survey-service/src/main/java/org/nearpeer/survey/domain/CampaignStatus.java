package org.nearpeer.survey.domain;

public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
