package org.nearpeer.survey.domain;

public enum InstrumentStatus {
    DRAFT, PUBLISHED, RETIRED
}
