package org.civitas.voting.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.civitas.voting.ReceiptService;
import org.civitas.voting.Turnout;
import org.civitas.voting.TurnoutService;
import org.civitas.voting.VotingRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the vote, after it has closed: every receipt hash (SHA-256 of the receipt code, one per line),
 * so a voter can find theirs in the published list, and the turnout (counts only). Before the close: 409.
 */
@RestController
@RequestMapping("/api/v1/editions/{editionId}")
class VotingApi {

    record TurnoutJson(long editionId, int voters, Map<String, Integer> votersByChannel,
            Map<String, Integer> votersByAgeBand, List<PoolJson> pools) {
    }

    record PoolJson(long poolId, Long districtId, int validBallots, int invalidBallots) {
    }

    private final ReceiptService receipts;
    private final TurnoutService turnout;

    VotingApi(ReceiptService receipts, TurnoutService turnout) {
        this.receipts = receipts;
        this.turnout = turnout;
    }

    @GetMapping(value = "/receipts", produces = MediaType.TEXT_PLAIN_VALUE)
    String receipts(@PathVariable long editionId) {
        var hashes = receipts.receiptHashes(editionId);
        return hashes.isEmpty() ? "" : String.join("\n", hashes) + "\n";
    }

    @GetMapping("/turnout")
    TurnoutJson turnout(@PathVariable long editionId) {
        Turnout t = turnout.turnout(editionId);
        if (!t.closed()) {
            // an official signed in to the API still sees only what the public sees here
            throw new VotingRuleException("voting.error.not-closed");
        }
        var byChannel = new java.util.LinkedHashMap<String, Integer>();
        t.voters().forEach((channel, count) -> byChannel.put(channel.name().toLowerCase(), count));
        var byAge = new java.util.LinkedHashMap<String, Integer>();
        t.ageBands().forEach((band, count) -> byAge.put(band.label(), count));
        return new TurnoutJson(editionId, t.totalVoters(), byChannel, byAge, t.pools().stream()
                .map(p -> new PoolJson(p.poolId(), p.districtId(), p.valid(), p.invalid())).toList());
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void noSuchEdition() {
        // a plain 404
    }

    @ExceptionHandler(VotingRuleException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    void notYet() {
        // published only after the vote has closed
    }
}
