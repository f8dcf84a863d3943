package org.nearpeer.enrollment.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CoordinatorInvitationRepository implements PanacheRepositoryBase<CoordinatorInvitation, UUID> {

    public boolean openInvitationExists(String schoolId, String email) {
        return count("schoolId = ?1 and lower(email) = lower(?2) and status <> ?3", schoolId, email, InvitationStatus.FAILED) > 0;
    }

    public List<CoordinatorInvitation> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find("schoolId", Sort.descending("invitedAt"), schoolId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count("schoolId", schoolId);
    }

    /** Claims the oldest pending invitations; concurrent workers skip each other's rows. */
    public List<CoordinatorInvitation> claimPending(int limit) {
        return find("status", Sort.ascending("invitedAt"), InvitationStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(Page.ofSize(limit)).list();
    }
}
