package org.nearpeer.session.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.session.domain.Agreement;

@Schema(name = "Agreement", description = "The latest version of a pair's agreement")
public record AgreementResponse(UUID pairId, int version, AgreementRequest terms, Instant mentorSignedAt, Instant menteeSignedAt,
        boolean signed) {

    static AgreementResponse of(Agreement agreement) {
        var t = agreement.terms();
        return new AgreementResponse(agreement.pairId(), agreement.version(),
                new AgreementRequest(t.helpAreas(), t.frequency(), t.methods(), t.usualPlaces(), t.groundRulesAcknowledged()),
                agreement.mentorSignedAt(), agreement.menteeSignedAt(), agreement.isSigned());
    }
}
