package org.civitas.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.civitas.voting.Identities;
import org.civitas.voting.InvalidReason;
import org.civitas.voting.PaperVotingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

@SuppressWarnings({"unchecked", "rawtypes"})
class PaperVotingViewTest extends KaribuTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    PaperVotingService paper;
    @Autowired
    JdbcClient jdbc;

    EditionDetails edition;
    PoolSummary city;
    List<Long> projects;

    @BeforeEach
    void openVote() {
        edition = ballots.openKrakowVote();
        city = ballots.cityPool(edition);
        projects = ballots.onBallot(edition, city, 3, new BigDecimal("100000"));
    }

    @Test
    void an_official_issues_cards_then_two_officials_enter_a_small_batch_and_count_it() {
        signIn(accounts.create(Role.OFFICIAL));
        open("voting/paper", Language.EN);
        _setValue((Select) _get(Select.class, s -> s.withId("paper-edition")), edition.id());

        _setValue(_get(TextField.class, s -> s.withId("paper-issue-pesel")), Identities.peselNumber(71));
        _click(_get(Button.class, s -> s.withId("paper-issue")));
        assertThat(result()).startsWith("Hand over the cards");
        _setValue(_get(TextField.class, s -> s.withId("paper-issue-pesel")), Identities.peselNumber(71));
        _click(_get(Button.class, s -> s.withId("paper-issue")));
        assertThat(result()).startsWith("Do not hand over cards");

        _setValue((Select) _get(Select.class, s -> s.withId("paper-batch-pool")), city.id());
        _setValue(_get(TextField.class, s -> s.withId("paper-batch-label")), "Punkt 3, urna 1");
        _click(_get(Button.class, s -> s.withId("paper-batch-new")));
        long batch = paper.batches(edition.id()).get(0).id();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("voting/paper/" + batch);

        enterRound();
        assertThat(status()).isEqualTo("Status: being entered");

        signIn(accounts.create(Role.OFFICIAL));
        open("voting/paper/" + batch, Language.EN);
        enterRound();
        assertThat(status()).isEqualTo("Status: the rounds agree, ready to count");

        _click(_get(Button.class, s -> s.withId("paper-count")));
        assertThat(status()).isEqualTo("Status: counted");
        assertThat(jdbc.sql("select count(*) from ballot where edition_id = ?").param(edition.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_batch_whose_two_entries_differ_is_flagged_with_the_card_position_and_cannot_be_counted() {
        signIn(accounts.create(Role.OFFICIAL));
        long batch = paper.openBatch(edition.id(), city.id(), "Punkt 4, urna 2");
        open("voting/paper/" + batch, Language.EN);
        enterRound();

        signIn(accounts.create(Role.OFFICIAL));
        open("voting/paper/" + batch, Language.EN);
        // the second official reads the first card's second and third choices the other way round
        enterRound(projects.get(0), projects.get(2), projects.get(1));

        assertThat(status()).isEqualTo("Status: the rounds differ");
        assertThat(_get(Paragraph.class, s -> s.withId("paper-mismatches")).getText())
                .isEqualTo("The rounds differ on these cards (position in the stack): 1. Check them on paper and "
                        + "correct your round.");
        assertThat(_find(Button.class, s -> s.withId("paper-count"))).as("no count while the rounds differ").isEmpty();
        assertThat(jdbc.sql("select count(*) from ballot where edition_id = ?").param(edition.id())
                .query(Integer.class).single()).isZero();
    }

    private void enterRound() {
        enterRound(projects.get(0), projects.get(1), projects.get(2));
    }

    /** A valid card ranked as given, a card that breaks the rule (refused, so entered as invalid), then finish. */
    private void enterRound(long... ranked) {
        for (int rank = 1; rank <= 3; rank++) {
            int r = rank;
            _setValue((Select) _get(Select.class, s -> s.withId("paper-rank-" + r)), ranked[r - 1]);
        }
        _click(_get(Button.class, s -> s.withId("paper-add-card")));
        _setValue((Select) _get(Select.class, s -> s.withId("paper-rank-1")), projects.get(0));
        _click(_get(Button.class, s -> s.withId("paper-add-card")));
        assertThat(_get(Paragraph.class, s -> s.withId("paper-card-count")).getText()).isEqualTo("Cards entered: 1");

        _setValue((Select) _get(Select.class, s -> s.withId("paper-invalid-reason")), InvalidReason.TOO_MANY_MARKS);
        _click(_get(Button.class, s -> s.withId("paper-add-invalid")));
        assertThat(_get(Paragraph.class, s -> s.withId("paper-card-count")).getText()).isEqualTo("Cards entered: 2");
        _click(_get(Button.class, s -> s.withId("paper-finish")));
    }

    private static String result() {
        return _get(Paragraph.class, s -> s.withId("paper-issue-result")).getText();
    }

    private static String status() {
        return _get(Paragraph.class, s -> s.withId("paper-batch-status")).getText();
    }
}
