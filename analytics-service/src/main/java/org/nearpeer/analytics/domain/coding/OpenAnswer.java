package org.nearpeer.analytics.domain.coding;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.nearpeer.analytics.domain.ReplacedNeverMutated;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.problem.ConflictException;

/** One open answer (an item of one response) in its school's coding queue. */
@Entity
@Table(name = "open_answer")
public class OpenAnswer {

    @Id
    @Column(name = "answer_id")
    private UUID answerId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "response_id", nullable = false, updatable = false)
    private UUID responseId;
    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private int revision;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "double_coded", nullable = false)
    private boolean doubleCoded;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(name = "final_codes")
    private List<String> finalCodes;
    @Column(nullable = false)
    private boolean flagged;
    @Column(name = "flag_note")
    private String flagNote;
    private String adjudicator;

    protected OpenAnswer() {
        // for JPA
    }

    public OpenAnswer(UUID responseId, String itemId, String schoolId, UUID cycleId, ParticipantRole role, String text, int revision,
            Instant receivedAt, boolean doubleCoded) {
        this.answerId = idOf(responseId, itemId);
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.responseId = responseId;
        this.itemId = itemId;
        this.role = role;
        this.text = text;
        this.revision = revision;
        this.receivedAt = receivedAt;
        this.doubleCoded = doubleCoded;
        this.status = AnswerStatus.QUEUED;
    }

    /** The same answer always has the same id: the response and its item. */
    public static UUID idOf(UUID responseId, String itemId) {
        return UUID.nameUUIDFromBytes((responseId + "/" + itemId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A newer revision of the response: a changed text goes back to the queue, uncoded.
     *
     * @return whether earlier coding no longer applies
     */
    public boolean revise(String newText, int newRevision) {
        if (newRevision <= revision) {
            return false;
        }
        revision = newRevision;
        if (newText.equals(text)) {
            return false;
        }
        text = newText;
        status = AnswerStatus.QUEUED;
        finalCodes = null;
        adjudicator = null;
        return true;
    }

    public int codersNeeded() {
        return doubleCoded ? 2 : 1;
    }

    /** After a coder submitted: coded when enough coders agree, to adjudication when two disagree. */
    public void settle(List<Set<String>> submitted) {
        if (submitted.size() < codersNeeded()) {
            status = AnswerStatus.QUEUED;
        } else if (submitted.size() == 1 || submitted.get(0).equals(submitted.get(1))) {
            status = AnswerStatus.CODED;
            finalCodes = List.copyOf(new TreeSet<>(submitted.get(0)));
        } else {
            status = AnswerStatus.ADJUDICATION;
        }
    }

    public void adjudicate(Set<String> codes, String coordinatorId) {
        if (status != AnswerStatus.ADJUDICATION) {
            throw new ConflictException("not-in-adjudication", "Only answers whose two coders disagreed are adjudicated; this one is " + status + ".");
        }
        status = AnswerStatus.CODED;
        finalCodes = List.copyOf(new TreeSet<>(codes));
        adjudicator = coordinatorId;
    }

    public void flag(String note) {
        flagged = true;
        flagNote = note == null ? null : note.length() > 500 ? note.substring(0, 500) : note;
    }

    public UUID answerId() {
        return answerId;
    }

    public String schoolId() {
        return schoolId;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public UUID responseId() {
        return responseId;
    }

    public String itemId() {
        return itemId;
    }

    public ParticipantRole role() {
        return role;
    }

    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public boolean doubleCoded() {
        return doubleCoded;
    }

    public AnswerStatus status() {
        return status;
    }

    public List<String> finalCodes() {
        return finalCodes == null ? List.of() : finalCodes;
    }

    public boolean flagged() {
        return flagged;
    }

    public String flagNote() {
        return flagNote;
    }
}
