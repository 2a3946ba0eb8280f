package org.civitas.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.shared.Language;
import org.civitas.voting.internal.BallotBox;
import org.civitas.voting.internal.BallotContents;
import org.civitas.voting.internal.BallotWriter;
import org.civitas.voting.internal.Eligibility;
import org.civitas.voting.internal.ReceiptCodes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online voting: a resident proves who they are, fills in the ballot of their district and casts it. The
 * participation record and the ballot are written in one transaction; the ballot is final.
 */
@Service
@Transactional(readOnly = true)
public class VotingService {

    private final ProfileService profiles;
    private final BallotContents contents;
    private final Eligibility eligibility;
    private final BallotBox box;
    private final BallotWriter writer;

    VotingService(ProfileService profiles, BallotContents contents, Eligibility eligibility, BallotBox box,
            BallotWriter writer) {
        this.writer = writer;
        this.profiles = profiles;
        this.contents = contents;
        this.eligibility = eligibility;
        this.box = box;
    }

    /** The edition whose vote is open today, else the next one to open, else the last one that closed. */
    public Optional<Long> currentEdition() {
        return eligibility.calendar().currentEdition();
    }

    @RolesAllowed("RESIDENT")
    public BoothState booth(long editionId, Language reader) {
        CurrentAccount me = me();
        EditionDetails edition = contents.edition(editionId, reader);
        var days = eligibility.calendar().voting(edition);
        return new BoothState(editionId, edition.name().in(reader), days.start(), days.end(),
                eligibility.calendar().open(edition), eligibility.accountVoted(editionId, me.id()),
                edition.minAgeToVote(), me.districtId());
    }

    /**
     * Checks, before the voter fills in the ballot, that this identity may vote now.
     *
     * @throws VotingRuleException for a bad identity, a closed vote, a voter too young or one who voted already
     */
    @RolesAllowed("RESIDENT")
    public void checkVoter(long editionId, VoterIdentity identity) {
        me();
        eligibility.check(contents.edition(editionId, Language.DEFAULT), identity);
    }

    /** The ballot for a voter of the district: public, like the final list it shows. */
    public BallotPaper paper(long editionId, long districtId, Language reader) {
        return contents.paper(editionId, districtId, reader);
    }

    /**
     * Casts the ballot: every rule is checked again here, whatever the page allowed.
     *
     * @return the receipt; its code is shown once and stored only as a hash
     * @throws VotingRuleException when a rule refuses; then nothing is stored
     */
    @RolesAllowed("RESIDENT")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the writer's group commit makes the transaction
    public Receipt cast(long editionId, VoterIdentity identity, long districtId, List<BallotChoice> choices) {
        long me = profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in to vote"));
        EditionDetails edition = contents.edition(editionId, Language.DEFAULT);
        String identityHash = eligibility.mayVote(edition, identity); // the vote is open, the voter old enough
        BallotPaper paper = contents.paper(editionId, districtId, Language.DEFAULT);
        BallotRules.check(paper, choices);
        String code = ReceiptCodes.next();
        String receiptHash = ReceiptCodes.hash(code);
        LocalDate[] day = new LocalDate[1];
        // the participation record first: its key is what refuses a second ballot, before anything else is written
        writer.write(identityHash,
                () -> day[0] = eligibility.register(edition, identityHash, identity, me, Channel.ONLINE),
                () -> putInBox(paper, choices, receiptHash));
        return new Receipt(editionId, code, day[0]);
    }

    /** The ballot's part for each of its pools that the voter marked. */
    private void putInBox(BallotPaper paper, List<BallotChoice> choices, String receiptHash) {
        for (PoolBallot pool : paper.pools()) {
            var marks = choices.stream().filter(c -> c.poolId() == pool.poolId()).toList();
            if (!marks.isEmpty()) {
                box.put(paper.editionId(), pool.poolId(), marks, receiptHash, null);
            }
        }
    }

    private CurrentAccount me() {
        return profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in to vote"));
    }
}
