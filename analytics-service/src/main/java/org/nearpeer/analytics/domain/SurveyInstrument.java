package org.nearpeer.analytics.domain;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/** The Likert, choice and open items of a published instrument version. */
@Entity
@Table(name = "survey_instrument")
public class SurveyInstrument {

    @Id
    @Column(name = "instrument_id")
    private UUID instrumentId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(name = "likert_items", nullable = false)
    private Map<String, String> likertItems;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(name = "choice_items", nullable = false)
    private Map<String, java.util.List<org.nearpeer.events.survey.ChoiceOption>> choiceItems;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(name = "open_items", nullable = false)
    private Map<String, String> openItems;

    protected SurveyInstrument() {
        // for JPA
    }

    public SurveyInstrument(UUID instrumentId, String schoolId, Map<String, String> likertItems,
            Map<String, java.util.List<org.nearpeer.events.survey.ChoiceOption>> choiceItems, Map<String, String> openItems) {
        this.instrumentId = instrumentId;
        this.schoolId = schoolId;
        this.likertItems = Map.copyOf(likertItems);
        this.choiceItems = Map.copyOf(choiceItems);
        this.openItems = Map.copyOf(openItems);
    }

    /** Open-text items (benefits, worst experience, suggestions) with their question text. */
    public Map<String, String> openItems() {
        return openItems == null ? Map.of() : openItems;
    }

    /** Choice items (single and multiple) with their options in order. */
    public Map<String, java.util.List<org.nearpeer.events.survey.ChoiceOption>> choiceItems() {
        return choiceItems == null ? Map.of() : choiceItems;
    }

    public Map<String, String> likertItems() {
        return likertItems;
    }
}
