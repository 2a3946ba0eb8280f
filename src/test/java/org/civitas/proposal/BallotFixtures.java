package org.civitas.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionForm;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.TestAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editions in their voting phase, with proposals put straight on the final list as if they had passed review:
 * the voting tests are about the vote, not about how projects reach the ballot.
 */
@Component
public class BallotFixtures {

    private final ProposalFixtures proposals;
    private final ProposalRepository repository;
    private final TestAccounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BallotFixtures(ProposalFixtures proposals, ProposalRepository repository, TestAccounts accounts,
            TransactionTemplate transaction, Clock clock) {
        this.proposals = proposals;
        this.repository = repository;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** An edition whose vote runs from {@code firstDay} to {@code lastDay} days from today (negative: past). */
    public EditionDetails edition(BallotRule rule, int firstDay, int lastDay) {
        return edition(rule, firstDay, lastDay, form -> { });
    }

    public EditionDetails edition(BallotRule rule, int firstDay, int lastDay,
            java.util.function.Consumer<EditionForm> change) {
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        return proposals.edition(form -> {
            form.setBallotKind(rule.kind());
            form.setBallotParameter(rule.parameter());
            LocalDate day = today.plusDays(firstDay - 10L * Phase.VOTING.ordinal());
            for (Phase phase : Phase.values()) {
                int length = phase == Phase.VOTING ? lastDay - firstDay + 1 : 10;
                form.phase(phase).setStart(day);
                form.phase(phase).setEnd(day.plusDays(length - 1L));
                day = day.plusDays(length);
            }
            change.accept(form);
        });
    }

    /** An open Kraków-points vote (from yesterday to tomorrow). */
    public EditionDetails openKrakowVote() {
        return edition(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), -1, 1);
    }

    public PoolSummary cityPool(EditionDetails edition) {
        return edition.pools().stream().filter(PoolSummary::cityWide).findFirst().orElseThrow();
    }

    public PoolSummary districtPool(EditionDetails edition) {
        return proposals.districtPool(edition);
    }

    /** A proposal of the pool on the final list, costing {@code cost}. */
    public long onBallot(EditionDetails edition, PoolSummary pool, String title, BigDecimal cost) {
        long author = accounts.find(accounts.create(Role.RESIDENT)).getId();
        var form = proposals.complete(edition, pool, title);
        form.getCostItems().clear();
        form.getCostItems().add(new CostItemForm("Całość", BigDecimal.ONE, cost));
        return transaction.execute(status -> {
            var proposal = new Proposal(edition.id(), author, Language.PL, clock.instant());
            proposal.update(form, clock.instant());
            proposal.submit(clock.instant(), null);
            proposal.moveTo(ProposalStatus.ON_BALLOT);
            return repository.save(proposal).getId();
        });
    }

    /** {@code count} projects on the final list of the pool, titled "prefix 1", "prefix 2"... */
    public java.util.List<Long> onBallot(EditionDetails edition, PoolSummary pool, int count, BigDecimal cost) {
        String prefix = "P" + UUID.randomUUID().toString().substring(0, 6);
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> onBallot(edition, pool, prefix + " " + i, cost)).toList();
    }
}
