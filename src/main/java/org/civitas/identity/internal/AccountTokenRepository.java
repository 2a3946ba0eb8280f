package org.civitas.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** A new link of a purpose makes the older unused ones worthless. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.purpose = :purpose and t.usedAt is null")
    void retireAll(Account account, AccountToken.Purpose purpose, java.time.Instant now);
}
