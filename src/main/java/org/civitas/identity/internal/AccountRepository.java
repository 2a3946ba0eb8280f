package org.civitas.identity.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select a.id from Account a where a.email = :email")
    Optional<Long> findIdByEmail(String email);

    @Query("""
            select a from Account a where a.status <> org.civitas.identity.internal.AccountStatus.DELETED
            and (lower(a.email) like lower(concat('%', :text, '%')) or lower(a.displayName) like lower(concat('%', :text, '%')))""")
    Page<Account> search(String text, Pageable page);

    @Query("select a from Account a join a.roles r where r = :role and a.status = org.civitas.identity.internal.AccountStatus.ACTIVE order by a.displayName")
    java.util.List<Account> withRole(org.civitas.identity.Role role);
}
