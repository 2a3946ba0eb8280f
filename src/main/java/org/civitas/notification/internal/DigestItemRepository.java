package org.civitas.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DigestItemRepository extends JpaRepository<DigestItem, Long> {

    @Query("select distinct d.accountId from DigestItem d")
    List<Long> accountsWaiting();

    List<DigestItem> findByAccountIdOrderByIdAsc(long accountId);
}
