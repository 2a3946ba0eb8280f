package org.civitas.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.Phase;
import org.civitas.budget.PhaseDates;
import org.civitas.review.OfficialActions;
import org.civitas.shared.Language;
import org.civitas.voting.internal.BallotBox;
import org.civitas.voting.internal.BallotContents;
import org.civitas.voting.internal.Eligibility;
import org.civitas.voting.internal.PaperBatches;
import org.civitas.voting.internal.PaperBatches.Batch;
import org.civitas.voting.internal.PaperBatches.Entry;
import org.civitas.voting.internal.PaperCards;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper voting at the city's points. Issuing cards records only that a person voted; the cards go into the
 * box anonymously and are later entered per pool as a batch, twice, by two officials, and counted only when
 * both readings agree card by card. Nothing here ever holds an identity and a card together.
 */
@Service
@Transactional(readOnly = true)
public class PaperVotingService {

    private final BallotContents contents;
    private final Eligibility eligibility;
    private final PaperBatches batches;
    private final BallotBox box;
    private final OfficialActions actions;

    PaperVotingService(BallotContents contents, Eligibility eligibility, PaperBatches batches, BallotBox box,
            OfficialActions actions) {
        this.contents = contents;
        this.eligibility = eligibility;
        this.batches = batches;
        this.box = box;
        this.actions = actions;
    }

    /**
     * Records that the person votes on paper, so they can vote neither online nor at another point.
     *
     * @throws VotingRuleException for a bad identity, a closed vote, a voter too young or one who voted already
     */
    @RolesAllowed("OFFICIAL")
    @Transactional
    public void issue(long editionId, VoterIdentity identity) {
        eligibility.register(contents.edition(editionId, Language.DEFAULT), identity, null, Channel.PAPER);
        // the edition only: who received the cards must not appear next to the official and the time
        actions.record("paper-ballot", editionId, "issued", null, null);
    }

    /** @throws VotingRuleException outside the entry window, for a pool of another edition or an empty label */
    @RolesAllowed("OFFICIAL")
    @Transactional
    public long openBatch(long editionId, long poolId, String label) {
        requireEntryWindow(contents.edition(editionId, Language.DEFAULT));
        contents.pool(editionId, poolId, Language.DEFAULT);
        String text = label == null ? "" : label.strip();
        if (text.isEmpty() || text.length() > 200) {
            throw new VotingRuleException("voting.paper.error.label");
        }
        long id = batches.create(editionId, poolId, text, official());
        actions.record("paper-batch", id, "opened", null, text);
        return id;
    }

    @RolesAllowed("OFFICIAL")
    public List<PaperBatchSummary> batches(long editionId) {
        return batches.ofEdition(editionId).stream().map(b -> summary(b, batches.entries(b.id()), List.of())).toList();
    }

    /** The batch, with the positions of the cards the rounds read differently when they do. */
    @RolesAllowed("OFFICIAL")
    public PaperBatchSummary batch(long batchId) {
        Batch batch = find(batchId);
        List<Entry> entries = batches.entries(batchId);
        List<Integer> mismatches = batch.status() == PaperBatchStatus.MISMATCH && entries.size() == 2
                ? PaperCards.differences(batches.cards(entries.get(0).id(), batch.poolId()),
                        batches.cards(entries.get(1).id(), batch.poolId()))
                : List.of();
        return summary(batch, entries, mismatches);
    }

    /** The rule and the projects of the batch's pool, for the entry form. */
    @RolesAllowed("OFFICIAL")
    public PaperBallot ballot(long batchId, Language reader) {
        Batch batch = find(batchId);
        return new PaperBallot(batchId, contents.edition(batch.editionId(), reader).ballotRule(),
                contents.pool(batch.editionId(), batch.poolId(), reader));
    }

    /** The round the signed-in official enters: the one they started, else a free one; empty when none is theirs. */
    @RolesAllowed("OFFICIAL")
    public OptionalInt roundFor(long batchId) {
        Batch batch = find(batchId);
        String me = official();
        List<Entry> entries = batches.entries(batchId);
        var mine = entries.stream().filter(e -> e.enteredBy().equals(me)).findFirst();
        if (mine.isPresent()) {
            return OptionalInt.of(mine.get().round());
        }
        if (batch.status() == PaperBatchStatus.MATCHED || batch.status() == PaperBatchStatus.COUNTED) {
            return OptionalInt.empty();
        }
        return java.util.stream.IntStream.of(1, 2).filter(r -> entries.stream().noneMatch(e -> e.round() == r))
                .findFirst();
    }

    /**
     * The cards of a round, for its own official to go on or correct; the other official may not see them, so
     * that the second reading stays independent of the first.
     */
    @RolesAllowed("OFFICIAL")
    public List<PaperCard> cards(long batchId, int round) {
        Batch batch = find(batchId);
        return batches.entries(batchId).stream().filter(e -> e.round() == round).findFirst().map(e -> {
            if (!e.enteredBy().equals(official())) {
                throw new VotingRuleException("voting.paper.error.round-taken");
            }
            return batches.cards(e.id(), batch.poolId());
        }).orElse(List.of());
    }

    /**
     * Saves the round's cards in their order, replacing what the round held; the round is then unfinished.
     *
     * @throws VotingRuleException for a card read as valid that the rule refuses, a round of another official,
     *         both rounds by one official, or a batch that is matched or counted
     */
    @RolesAllowed("OFFICIAL")
    @Transactional
    public void enter(long batchId, int round, List<PaperCard> cards) {
        Batch batch = editable(batchId);
        String me = official();
        requireRound(batchId, round, me);
        PaperBallot ballot = ballot(batchId, Language.DEFAULT);
        PaperCards.check(ballot.rule(), ballot.pool(), cards);
        batches.save(batchId, round, me, cards);
        if (batch.status() == PaperBatchStatus.MISMATCH) {
            move(batch, PaperBatchStatus.ENTERING);
        }
        actions.record("paper-batch", batchId, "round " + round + " saved", null, cards.size() + " cards");
    }

    /** The official says the round is complete; when both are, they are compared. */
    @RolesAllowed("OFFICIAL")
    @Transactional
    public PaperBatchStatus finish(long batchId, int round) {
        Batch batch = editable(batchId);
        String me = official();
        requireRound(batchId, round, me);
        List<Entry> entries = batches.entries(batchId);
        Entry mine = entries.stream().filter(e -> e.round() == round).findFirst()
                .orElseThrow(() -> new VotingRuleException("voting.paper.error.nothing-entered"));
        batches.finish(mine.id());
        actions.record("paper-batch", batchId, "round " + round + " finished", null, mine.cards() + " cards");
        var other = entries.stream().filter(e -> e.round() != round).findFirst();
        if (other.isEmpty() || !other.get().finished()) {
            return batch.status();
        }
        boolean same = PaperCards.differences(batches.cards(mine.id(), batch.poolId()),
                batches.cards(other.get().id(), batch.poolId())).isEmpty();
        PaperBatchStatus outcome = same ? PaperBatchStatus.MATCHED : PaperBatchStatus.MISMATCH;
        move(batch, outcome);
        actions.record("paper-batch", batchId, "compared", batch.status(), outcome);
        return outcome;
    }

    /**
     * Puts every card of a matched batch into the ballot box, without a receipt and with no link back to the
     * card; a batch is counted once only.
     *
     * @return the number of cards counted
     */
    @RolesAllowed("OFFICIAL")
    @Transactional
    public int count(long batchId) {
        Batch batch = batches.lock(batchId).orElseThrow(() -> new VotingRuleException("voting.paper.error.no-batch"));
        requireEntryWindow(contents.edition(batch.editionId(), Language.DEFAULT));
        if (batch.status() != PaperBatchStatus.MATCHED) {
            throw new VotingRuleException(batch.status() == PaperBatchStatus.COUNTED ? "voting.paper.error.counted"
                    : "voting.paper.error.not-matched");
        }
        move(batch, PaperBatchStatus.COUNTED);
        Entry first = batches.entries(batchId).get(0);
        List<PaperCard> cards = batches.cards(first.id(), batch.poolId());
        for (PaperCard card : cards) {
            box.put(batch.editionId(), batch.poolId(), card.marks(), null, card.valid() ? null : card.invalid().name());
        }
        long invalid = cards.stream().filter(c -> !c.valid()).count();
        actions.record("paper-batch", batchId, "counted", null, cards.size() + " cards, " + invalid + " invalid");
        return cards.size();
    }

    /** Locked until the transaction ends, so two officials finishing or counting at once act one after the other. */
    private Batch editable(long batchId) {
        Batch batch = batches.lock(batchId).orElseThrow(() -> new VotingRuleException("voting.paper.error.no-batch"));
        requireEntryWindow(contents.edition(batch.editionId(), Language.DEFAULT));
        if (batch.status() == PaperBatchStatus.MATCHED || batch.status() == PaperBatchStatus.COUNTED) {
            throw new VotingRuleException("voting.paper.error.closed-batch");
        }
        return batch;
    }

    private void requireRound(long batchId, int round, String me) {
        if (round != 1 && round != 2) {
            throw new VotingRuleException("voting.paper.error.round");
        }
        for (Entry e : batches.entries(batchId)) {
            if (e.round() == round && !e.enteredBy().equals(me)) {
                throw new VotingRuleException("voting.paper.error.round-taken");
            }
            if (e.round() != round && e.enteredBy().equals(me)) {
                throw new VotingRuleException("voting.paper.error.same-official");
            }
        }
    }

    private void move(Batch batch, PaperBatchStatus to) {
        if (!batches.move(batch, to)) {
            throw new VotingRuleException("voting.paper.error.changed");
        }
    }

    /** Entry and counting run from the first voting day until the results are out: late boxes arrive after the close. */
    private void requireEntryWindow(EditionDetails edition) {
        PhaseDates voting = eligibility.calendar().voting(edition);
        LocalDate last = edition.phase(Phase.RESULTS).map(PhaseDates::end).orElse(voting.end());
        LocalDate today = eligibility.calendar().today();
        if (today.isBefore(voting.start()) || today.isAfter(last)) {
            throw new VotingRuleException("voting.paper.error.window", voting.start(), last);
        }
    }

    private Batch find(long batchId) {
        return batches.find(batchId).orElseThrow(() -> new VotingRuleException("voting.paper.error.no-batch"));
    }

    private static PaperBatchSummary summary(Batch b, List<Entry> entries, List<Integer> mismatches) {
        return new PaperBatchSummary(b.id(), b.editionId(), b.poolId(), b.label(), b.status(),
                entries.stream().map(e -> new PaperRound(e.round(), e.enteredBy(), e.finished(), e.cards())).toList(),
                mismatches);
    }

    private static String official() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
