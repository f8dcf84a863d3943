package org.nearpeer.session.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingFrequency;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.http.problem.ConflictException;

/** One version of what a pair agreed: the help wanted, how and where they meet, the ground rules. */
@Entity
@Table(name = "agreement")
@IdClass(Agreement.Key.class)
public class Agreement {

    public record Key(UUID pairId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public record Terms(Set<HelpArea> helpAreas, MeetingFrequency frequency, Set<SessionMethod> methods, Set<SessionLocation> usualPlaces,
            boolean groundRulesAcknowledged) {
    }

    @Id
    @Column(name = "pair_id")
    private UUID pairId;
    @Id
    private int version;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "help_areas", nullable = false)
    private Set<HelpArea> helpAreas;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingFrequency frequency;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Set<SessionMethod> methods;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "usual_places", nullable = false)
    private Set<SessionLocation> usualPlaces;
    @Column(name = "ground_rules_acknowledged", nullable = false)
    private boolean groundRulesAcknowledged;
    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;
    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;
    @Column(name = "mentor_signed_at")
    private Instant mentorSignedAt;
    @Column(name = "mentee_signed_at")
    private Instant menteeSignedAt;

    protected Agreement() {
        // for JPA
    }

    public static Agreement draft(MentoringPair pair, int version, Terms terms, String author, Instant now) {
        Agreement agreement = new Agreement();
        agreement.pairId = pair.id();
        agreement.version = version;
        agreement.schoolId = pair.schoolId();
        agreement.draftedBy = author;
        agreement.write(terms, now);
        return agreement;
    }

    /** Editing an unsigned draft; a signed version is amended by drafting the next version. */
    public void revise(Terms terms, String author, Instant now) {
        if (isSigned() || mentorSignedAt != null || menteeSignedAt != null) {
            throw new ConflictException("agreement-signed", "Version " + version + " has signatures; draft an amendment instead.");
        }
        draftedBy = author;
        write(terms, now);
    }

    private void write(Terms terms, Instant now) {
        helpAreas = terms.helpAreas().isEmpty() ? EnumSet.noneOf(HelpArea.class) : EnumSet.copyOf(terms.helpAreas());
        frequency = terms.frequency();
        methods = terms.methods().isEmpty() ? EnumSet.noneOf(SessionMethod.class) : EnumSet.copyOf(terms.methods());
        usualPlaces = terms.usualPlaces().isEmpty() ? EnumSet.noneOf(SessionLocation.class) : EnumSet.copyOf(terms.usualPlaces());
        groundRulesAcknowledged = terms.groundRulesAcknowledged();
        draftedAt = now;
    }

    /** @return true when this signature completed the agreement */
    public boolean sign(ParticipantRole role, Instant now) {
        if (role == ParticipantRole.MENTOR) {
            if (mentorSignedAt != null) {
                throw new ConflictException("already-signed", "You have already signed version " + version + ".");
            }
            mentorSignedAt = now;
        } else {
            if (menteeSignedAt != null) {
                throw new ConflictException("already-signed", "You have already signed version " + version + ".");
            }
            menteeSignedAt = now;
        }
        return isSigned();
    }

    public boolean isSigned() {
        return mentorSignedAt != null && menteeSignedAt != null;
    }

    public Terms terms() {
        return new Terms(helpAreas, frequency, methods, usualPlaces, groundRulesAcknowledged);
    }

    public UUID pairId() {
        return pairId;
    }

    public int version() {
        return version;
    }

    public Instant mentorSignedAt() {
        return mentorSignedAt;
    }

    public Instant menteeSignedAt() {
        return menteeSignedAt;
    }
}
