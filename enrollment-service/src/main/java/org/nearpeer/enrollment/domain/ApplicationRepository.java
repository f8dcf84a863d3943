package org.nearpeer.enrollment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.events.vocabulary.ParticipantRole;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /**
     * The withdrawn status as a literal in queries, not a parameter: only then can PostgreSQL use
     * the partial indexes on open applications ({@code where status <> 'WITHDRAWN'}) — a cached
     * generic plan cannot prove {@code status <> $3} implies their predicate, and scanned the whole
     * cycle, so a submission got slower with every application before it.
     */
    private static final String WITHDRAWN = ApplicationStatus.class.getName() + "." + ApplicationStatus.WITHDRAWN.name();

    /** Filters of the coordinator's list; null means any. */
    public record Filter(UUID cycleId, ParticipantRole role, ApplicationStatus status, String yearLevel, String participantId) {
    }

    public Optional<Application> findInCycle(UUID cycleId, UUID id) {
        return find("cycleId = ?1 and id = ?2", cycleId, id).firstResultOptional();
    }

    public boolean hasOpenApplication(UUID cycleId, String participantId) {
        return find("cycleId = ?1 and participantId = ?2 and status <> " + WITHDRAWN, cycleId, participantId).firstResultOptional().isPresent();
    }

    public boolean hasOpenApplication(UUID cycleId, String participantId, ParticipantRole role) {
        return find("cycleId = ?1 and participantId = ?2 and role = ?3 and status <> " + WITHDRAWN, cycleId, participantId, role)
                .firstResultOptional().isPresent();
    }

    /** The open application of the student this one names as partner, if that student applied. */
    public Optional<Application> findOpenByEmail(UUID cycleId, String email) {
        return find("cycleId = ?1 and participantEmail = ?2 and status <> " + WITHDRAWN, cycleId, email)
                .firstResultOptional();
    }

    public List<Application> list(Filter filter, Sort sort, int pageIndex, int pageSize) {
        Query query = query(filter);
        return find(query.text, sort, query.parameters).page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(Filter filter) {
        Query query = query(filter);
        return count(query.text, query.parameters);
    }

    private record Query(String text, Map<String, Object> parameters) {
    }

    private static Query query(Filter filter) {
        List<String> conditions = new ArrayList<>(List.of("cycleId = :cycleId"));
        Map<String, Object> parameters = new HashMap<>(Map.of("cycleId", filter.cycleId()));
        if (filter.role() != null) {
            conditions.add("role = :role");
            parameters.put("role", filter.role());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.yearLevel() != null) {
            conditions.add("yearLevel = :yearLevel");
            parameters.put("yearLevel", filter.yearLevel());
        }
        if (filter.participantId() != null) {
            conditions.add("participantId = :participantId");
            parameters.put("participantId", filter.participantId());
        }
        return new Query(String.join(" and ", conditions), parameters);
    }
}
