package org.civitas.proposal.internal;

import java.time.LocalDate;
import java.util.List;

import org.civitas.proposal.ProposalStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select p from Proposal p where p.authorId = :accountId or exists (select c from p.coAuthors c "
            + "where c.email = :email and c.status = org.civitas.proposal.CoAuthorStatus.ACCEPTED) order by p.updatedAt desc")
    List<Proposal> findByAuthor(long accountId, String email);

    @Query("select p from Proposal p join p.coAuthors c where c.email = :email "
            + "and c.status = org.civitas.proposal.CoAuthorStatus.INVITED order by p.updatedAt desc")
    List<Proposal> findInvitations(String email);

    long countByEditionId(long editionId);

    /**
     * The proposal, locked until the transaction ends: supports of one proposal then queue up instead of
     * deadlocking (an insert's foreign-key check share-locks the proposal that the counter update needs).
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    java.util.Optional<Proposal> lockById(long id);

    List<Proposal> findByEditionIdAndStatusInOrderBySubmittedAt(long editionId, java.util.Collection<ProposalStatus> statuses);

    List<Proposal> findByStatusAndSupportDeadlineBefore(ProposalStatus status, LocalDate day);

    List<Proposal> findByStatusAndReminderSentFalseAndSupportDeadlineLessThanEqual(ProposalStatus status, LocalDate day);

    /** One more e-support, counted in the database so that simultaneous clicks are all counted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update proposal set e_supports = e_supports + 1 where id = :id", nativeQuery = true)
    void countSupport(long id);
}
