package org.civitas.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.civitas.identity.Role;
import org.civitas.voting.Identities;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VoterIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The booth for every ballot rule: it offers only valid ballots, and what it casts is what the voter chose. */
class BoothViewTest extends KaribuTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaperVotingService paperVoting;

    EditionDetails edition;
    PoolSummary city;
    PoolSummary district;
    List<Long> cityProjects;
    List<Long> districtProjects;

    private void openVote(BallotRule rule, BigDecimal cityCost) {
        edition = ballots.edition(rule, -1, 1);
        city = ballots.cityPool(edition);
        district = ballots.districtPool(edition);
        cityProjects = ballots.onBallot(edition, city, 4, cityCost);
        districtProjects = ballots.onBallot(edition, district, 4, new BigDecimal("10000"));
        signIn(accounts.residentOf(district.districtId()));
        open("vote/" + edition.id(), Language.EN);
    }

    @Test
    void a_resident_casts_a_krakow_ballot_step_by_step_and_gets_a_receipt() {
        openVote(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), new BigDecimal("100000"));
        identify(Identities.peselNumber(101));
        next(); // the district from the profile is preselected

        pick(cityProjects.get(0));
        pick(cityProjects.get(1));
        assertThat(nextButton().isEnabled()).as("two of three").isFalse();
        pick(cityProjects.get(2));
        assertThat(box(cityProjects.get(3)).isEnabled()).as("a fourth cannot be ticked").isFalse();
        _click(_get(Button.class, s -> s.withId("rank-up-" + cityProjects.get(2))));
        assertThat(_get(Span.class, s -> s.withId("rank-2")).getText()).startsWith("2. ").endsWith(" 3 · points: 2");
        next();

        districtProjects.subList(0, 3).forEach(this::pick);
        next();
        assertThat(_get(Paragraph.class, s -> s.withId("booth-final")).getText()).contains("final");
        _click(_get(Button.class, s -> s.withId("booth-cast")));

        String receipt = _get(Paragraph.class, s -> s.withId("booth-receipt")).getText();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(points(cityProjects.get(0))).isEqualTo(3);
        assertThat(points(cityProjects.get(2))).as("moved up to rank 2").isEqualTo(2);
        assertThat(points(cityProjects.get(1))).isEqualTo(1);
        assertThat(points(districtProjects.get(0))).isEqualTo(3);

        open("vote/check", Language.EN);
        _setValue(_get(TextField.class, s -> s.withId("receipt-code")), receipt.toLowerCase().replace("-", " "));
        _click(_get(Button.class, s -> s.withId("receipt-check")));
        assertThat(_get(Paragraph.class, s -> s.withId("receipt-answer")).getText()).startsWith("Yes");

        open("vote/" + edition.id(), Language.EN);
        assertThat(_find(Paragraph.class, s -> s.withId("booth-voted"))).hasSize(1);
    }

    @Test
    void an_approval_ballot_offers_at_most_k_projects_per_pool_and_may_leave_a_pool_empty() {
        openVote(new BallotRule(BallotRule.Kind.APPROVAL, 2), new BigDecimal("100000"));
        identify(Identities.peselNumber(102));
        next();
        assertThat(nextButton().isEnabled()).as("no city-wide project is allowed").isTrue();
        next();
        pick(districtProjects.get(1));
        pick(districtProjects.get(3));
        assertThat(box(districtProjects.get(0)).isEnabled()).isFalse();
        next();
        _click(_get(Button.class, s -> s.withId("booth-cast")));

        assertThat(points(districtProjects.get(1))).isEqualTo(1);
        assertThat(points(districtProjects.get(3))).isEqualTo(1);
        assertThat(ballotRows()).as("only the district pool has a ballot").isEqualTo(1);
    }

    @Test
    void an_empty_approval_ballot_cannot_be_cast() {
        openVote(new BallotRule(BallotRule.Kind.APPROVAL, 2), new BigDecimal("100000"));
        identify(Identities.peselNumber(103));
        next();
        next();
        next();
        assertThat(_get(Button.class, s -> s.withId("booth-cast")).isEnabled()).isFalse();
    }

    @Test
    void a_cumulative_ballot_spreads_at_most_n_points() {
        openVote(new BallotRule(BallotRule.Kind.CUMULATIVE, 5), new BigDecimal("100000"));
        identify(Identities.peselNumber(104));
        next();
        _setValue(pointsField(cityProjects.get(0)), 3);
        assertThat(pointsField(cityProjects.get(1)).getMax()).as("two points left").isEqualTo(2);
        _setValue(pointsField(cityProjects.get(1)), 2);
        assertThat(_get(Span.class, s -> s.withId("pick-status")).getText()).isEqualTo("Points left: 0 of 5");
        next();
        next();
        _click(_get(Button.class, s -> s.withId("booth-cast")));

        assertThat(points(cityProjects.get(0))).isEqualTo(3);
        assertThat(points(cityProjects.get(1))).isEqualTo(2);
    }

    @Test
    void a_knapsack_ballot_offers_only_projects_that_still_fit_the_pool() {
        // the test edition's city-wide pool holds 1,000,000 PLN; each project costs 400,000
        openVote(new BallotRule(BallotRule.Kind.KNAPSACK, null), new BigDecimal("400000"));
        identify(Identities.peselNumber(105));
        next();
        pick(cityProjects.get(0));
        pick(cityProjects.get(1));
        assertThat(box(cityProjects.get(2)).isEnabled()).as("200,000 PLN left").isFalse();
        next();
        next();
        _click(_get(Button.class, s -> s.withId("booth-cast")));
        assertThat(points(cityProjects.get(0))).isEqualTo(1);
        assertThat(points(cityProjects.get(1))).isEqualTo(1);
    }

    @Test
    void a_wrong_pesel_is_refused_with_a_message_in_the_voters_language() {
        openVote(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), new BigDecimal("100000"));
        open("vote/" + edition.id(), Language.UK);
        identify("12345678901");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("PESEL").isNotEqualTo(n.getTranslation("voting.error.pesel", java.util.Locale.ENGLISH)));
        assertThat(_find(TextField.class, s -> s.withId("booth-pesel"))).hasSize(1);
    }

    @Test
    void a_person_who_took_paper_cards_is_refused_online_in_the_booth_with_the_translated_message() {
        openVote(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), new BigDecimal("100000"));
        issuePaperCards(Identities.peselNumber(106));
        signIn(accounts.residentOf(district.districtId()));
        open("vote/" + edition.id(), Language.PL);

        identify(Identities.peselNumber(106));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(polish("voting.error.already-voted"));
        assertThat(_find(TextField.class, s -> s.withId("booth-pesel"))).as("still at the identity step").hasSize(1);
    }

    @Test
    void paper_cards_taken_while_the_booth_is_open_refuse_the_cast_with_the_translated_message_and_store_nothing() {
        openVote(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), new BigDecimal("100000"));
        String resident = accounts.residentOf(district.districtId());
        signIn(resident);
        open("vote/" + edition.id(), Language.PL);
        identify(Identities.peselNumber(107));
        next();
        cityProjects.subList(0, 3).forEach(this::pick);
        next();
        districtProjects.subList(0, 3).forEach(this::pick);
        next();
        // the same person is handed paper cards at a voting point before pressing Cast
        issuePaperCards(Identities.peselNumber(107));
        accounts.signIn(resident);

        _click(_get(Button.class, s -> s.withId("booth-cast")));

        assertThat(_get(Paragraph.class, s -> s.withId("booth-refused")).getText())
                .isEqualTo(polish("voting.error.already-voted"));
        assertThat(_find(Paragraph.class, s -> s.withId("booth-receipt"))).isEmpty();
        assertThat(ballotRows()).isZero();
    }

    /** An official hands out paper cards to this person; the test's thread is then signed in as that official. */
    private void issuePaperCards(String pesel) {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        paperVoting.issue(edition.id(), VoterIdentity.ofPesel(pesel));
    }

    private static String polish(String key) {
        return java.util.ResourceBundle.getBundle("vaadin-i18n/translations", Language.PL.locale()).getString(key);
    }

    private void identify(String pesel) {
        _setValue(_get(TextField.class, s -> s.withId("booth-pesel")), pesel);
        next();
    }

    private void pick(long proposalId) {
        _setValue(box(proposalId), true);
    }

    private Checkbox box(long proposalId) {
        return _get(Checkbox.class, s -> s.withId("pick-" + proposalId));
    }

    private IntegerField pointsField(long proposalId) {
        return _get(IntegerField.class, s -> s.withId("points-" + proposalId));
    }

    private Button nextButton() {
        return _get(Button.class, s -> s.withId("booth-next"));
    }

    private void next() {
        _click(nextButton());
    }

    private Integer points(long proposalId) {
        return jdbc.sql("select points from ballot_choice where proposal_id = ?").param(proposalId)
                .query(Integer.class).optional().orElse(null);
    }

    private int ballotRows() {
        return jdbc.sql("select count(*) from ballot where edition_id = ?").param(edition.id()).query(Integer.class).single();
    }
}
