package org.civitas.results.implementation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowerRepository extends JpaRepository<Follower, Follower.Key> {

    @Query("select f.accountId from Follower f where f.proposalId = ?1 order by f.accountId")
    List<Long> accountIds(long proposalId);

    long countByProposalId(long proposalId);
}
