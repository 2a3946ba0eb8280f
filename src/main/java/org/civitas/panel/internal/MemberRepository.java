package org.civitas.panel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civitas.panel.MemberStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    List<Member> findByPanelIdOrderById(long panelId);

    Optional<Member> findByTokenHash(String tokenHash);

    List<Member> findByAccountId(long accountId);

    Optional<Member> findFirstByPanelIdAndAccountIdOrderByIdDesc(long panelId, long accountId);

    List<Member> findByStatusAndRespondByBefore(MemberStatus status, LocalDate day);

    @Query("select count(m) from Member m where m.panelId = ?1 and m.role = org.civitas.panel.MemberRole.MEMBER"
            + " and m.status = org.civitas.panel.MemberStatus.ACCEPTED")
    long acceptedSeats(long panelId);
}
