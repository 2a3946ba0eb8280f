package org.civitas.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.civitas.identity.internal.AccountRepository;
import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;
import org.civitas.notification.NotificationPreferences;
import org.civitas.proposal.BallotFixtures;
import org.civitas.proposal.ProposalAuthors;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ResultsMailsTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    ResultsService results;
    @Autowired
    ProposalAuthors authors;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void authors_and_co_authors_always_and_voters_who_asked_learn_the_results_in_their_language() throws Exception {
        // A 1,000,000 PLN pool: A funded, B did not fit
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 600_000, 500_000, 300_000);
        String funded = author(vote.projects.get(0));
        String notFunded = author(vote.projects.get(1));
        speaks(notFunded, Language.PL);
        String coAuthor = accounts.create();
        speaks(coAuthor, Language.UK);
        coAuthor(vote.projects.get(0), coAuthor);
        String askedVoter = vote.online(0, 1, 2);
        preferences.set(NotificationKind.RESULTS, DeliveryMode.IMMEDIATE);
        String quietVoter = vote.online(0, 2, 1);
        vote.close();
        vote.official();

        results.publish(vote.edition.id());

        var good = TestMail.awaitMail(funded, "will be carried out", WAIT);
        assertThat(TestMail.text(good)).contains("Projekt A").contains("/results/" + vote.edition.id());
        var sorry = TestMail.awaitMail(notFunded, "nie zostanie sfinansowany", WAIT);
        assertThat(TestMail.text(sorry)).contains("Projekt B").contains("stronie wyników");
        assertThat(TestMail.text(TestMail.awaitMail(coAuthor, "буде втілено", WAIT))).contains("Projekt A");
        assertThat(TestMail.text(TestMail.awaitMail(askedVoter, "results of the vote", WAIT)))
                .contains(vote.edition.name().in(Language.EN));
        Thread.sleep(3000); // time for a mail that must not come
        assertThat(TestMail.mailsTo(quietVoter)).extracting(TestMail::subject)
                .noneMatch(s -> s.contains("results"));
    }

    private String author(long proposalId) {
        return authors.of(proposalId).orElseThrow().contacts().get(0).email();
    }

    private void speaks(String email, Language language) {
        var account = accounts.find(email);
        account.setLanguage(language);
        accountRepository.save(account);
    }

    private void coAuthor(long proposalId, String email) {
        transaction.executeWithoutResult(status -> {
            var proposal = proposals.findById(proposalId).orElseThrow();
            proposal.invite(email);
            proposal.coAuthor(email).orElseThrow().answer(true);
        });
    }
}
