package org.civitas.voting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.voting.internal.BallotBox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the ballots of a past vote, read from a pabulib file, into the ballot box so that the count can run on
 * them. Only ballot rows with random ids are written: the participation register stays untouched, since nobody
 * here voted, and nothing links a ballot to the file's voter ids.
 */
@Service
@Transactional
public class AnonymousBallotImport {

    private final BallotBox box;

    AnonymousBallotImport(BallotBox box) {
        this.box = box;
    }

    /** @param ballots per ballot, its choices, each in this pool */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void importBallots(long editionId, long poolId, List<List<BallotChoice>> ballots) {
        box.putAll(editionId, poolId, ballots);
    }
}
