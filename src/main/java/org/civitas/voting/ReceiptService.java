package org.civitas.voting;

import java.util.List;
import java.util.Optional;

import org.civitas.shared.Language;
import org.civitas.voting.internal.BallotBox;
import org.civitas.voting.internal.BallotContents;
import org.civitas.voting.internal.ReceiptCodes;
import org.civitas.voting.internal.VotingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone may check that the ballot with their receipt code is in the box, and, after the close, see every receipt. */
@Service
@Transactional(readOnly = true)
public class ReceiptService {

    private final BallotBox box;
    private final BallotContents contents;
    private final VotingCalendar calendar;

    ReceiptService(BallotBox box, BallotContents contents, VotingCalendar calendar) {
        this.box = box;
        this.contents = contents;
        this.calendar = calendar;
    }

    /**
     * The edition whose box holds a ballot with this receipt, or empty; never the choices.
     *
     * @throws VotingRuleException when the code is not 16 characters
     */
    public Optional<Long> check(String code) {
        if (!ReceiptCodes.wellFormed(code)) {
            throw new VotingRuleException("voting.error.receipt-format");
        }
        return box.editionOfReceipt(ReceiptCodes.hash(code));
    }

    /**
     * Every receipt hash of the edition (SHA-256 of the code, hex), published once the vote has closed.
     *
     * @throws VotingRuleException before the close
     */
    public List<String> receiptHashes(long editionId) {
        calendar.requireClosed(contents.edition(editionId, Language.DEFAULT));
        return box.receiptHashes(editionId);
    }
}
