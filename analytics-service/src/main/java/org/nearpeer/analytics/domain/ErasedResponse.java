package org.nearpeer.analytics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A response erased at the respondent's request: never counted again, whatever arrives later. */
@Entity
@Table(name = "erased_response")
public class ErasedResponse {

    @Id
    @Column(name = "response_id")
    private UUID responseId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    protected ErasedResponse() {
        // for JPA
    }

    public ErasedResponse(UUID responseId, String schoolId) {
        this.responseId = responseId;
        this.schoolId = schoolId;
    }

    public java.util.UUID responseId() {
        return responseId;
    }
}
