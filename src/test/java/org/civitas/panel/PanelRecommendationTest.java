package org.civitas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civitas.identity.Role;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PanelRecommendationTest extends IntegrationTest {

    @Autowired
    PanelService panels;
    @Autowired
    DrawService draws;
    @Autowired
    MembershipService memberships;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    PanelFollowService follows;
    @Autowired
    PanelFixtures fixtures;
    @Autowired
    AccountRepository accountRepository;

    long panel;
    List<String> members = new ArrayList<>();

    /** A drawn panel whose 20 members accepted their invitations signed in, so each has an account to vote with. */
    @BeforeEach
    void aPanelOfTwentyWhoAccepted() {
        panel = fixtures.smallPanel(0);
        members.addAll(fixtures.drawnWithAcceptedMembers(panel));
    }

    @Test
    void a_recommendation_with_80_percent_support_passes_and_one_with_75_does_not() {
        accounts.signIn(members.get(0));
        long passing = recommendations.draft(panel, "Shade on tram stops", "Plant trees by every tram stop.");
        recommendations.amend(passing, "Shade at tram stops", "Plant trees or build shades at every tram stop.",
                "Shades where trees cannot grow");
        long failing = recommendations.draft(panel, "Close the Old Town to cars", "From June to August.");
        String follower = accounts.create(Role.RESIDENT);
        speaks(follower, Language.PL);
        accounts.signIn(follower);
        follows.follow(panel);

        fixtures.asOfficial(() -> {
            recommendations.openVote(passing, clock.instant().plus(Duration.ofHours(1)));
            recommendations.openVote(failing, clock.instant().plus(Duration.ofHours(1)));
            return null;
        });
        accounts.signIn(members.get(1));
        assertThatThrownBy(() -> recommendations.amend(passing, "x", "y", ""))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.not-a-draft");
        for (int i = 0; i < 20; i++) {
            accounts.signIn(members.get(i));
            recommendations.vote(passing, i < 16 ? VoteChoice.SUPPORT : VoteChoice.OPPOSE);
            recommendations.vote(failing, i < 15 ? VoteChoice.SUPPORT : i < 19 ? VoteChoice.OPPOSE : VoteChoice.ABSTAIN);
        }
        accounts.signIn(members.get(3));
        assertThatThrownBy(() -> recommendations.vote(passing, VoteChoice.OPPOSE))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.voted-already");
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> recommendations.vote(passing, VoteChoice.SUPPORT))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.members-vote");
        assertThatThrownBy(() -> recommendations.all(panel)).isInstanceOf(AccessDeniedException.class);
        recommendations.closeDue();
        assertThat(fixtures.asOfficial(() -> recommendations.all(panel))).as("the window is still open")
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RecommendationStatus.VOTING));

        clock.advance(Duration.ofHours(2));
        accounts.signIn(members.get(5));
        assertThatThrownBy(() -> recommendations.vote(passing, VoteChoice.SUPPORT))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.vote-not-open");
        // other tests' votes may close too
        assertThat(recommendations.closeDue()).isGreaterThanOrEqualTo(2);

        var decided = recommendations.decided(panel);
        assertThat(decided).extracting(RecommendationSummary::status)
                .containsExactly(RecommendationStatus.PASSED, RecommendationStatus.NOT_PASSED);
        assertThat(decided.get(0)).satisfies(r -> {
            assertThat(r.support()).isEqualTo(16);
            assertThat(r.oppose()).isEqualTo(4);
            assertThat(r.versions()).hasSize(2);
            assertThat(r.answer().decision()).isNull();
            assertThat(r.answer().dueOn()).isEqualTo(r.decidedOn().plusDays(30));
        });
        assertThat(decided.get(1).abstain()).isEqualTo(1);
        var mail = TestMail.awaitMail(follower, "Panel przyjął rekomendację", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("„Shade at tram stops”", "16 z 20", "80 %");
        TestMail.awaitMail(members.get(7), "did not pass", Duration.ofSeconds(20));
    }

    @Test
    void the_city_answers_a_passed_recommendation_and_reports_its_implementation_to_the_panel_and_followers() {
        long passed = passedRecommendation();
        accounts.signIn(members.get(0));
        assertThatThrownBy(() -> recommendations.answer(passed, AnswerDecision.ACCEPTED, "Yes"))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.asOfficial(() -> {
            assertThatThrownBy(() -> recommendations.answer(passed, AnswerDecision.ACCEPTED, " "))
                    .hasFieldOrPropertyWithValue("messageKey", "panel.error.reasons-required");
            assertThatThrownBy(() -> recommendations.progress(passed, AnswerProgress.IN_PROGRESS, "Started"))
                    .hasFieldOrPropertyWithValue("messageKey", "panel.error.not-answered");
            recommendations.answer(passed, AnswerDecision.PARTLY, "Trees where the pavement allows; shades elsewhere.");
            assertThatThrownBy(() -> recommendations.answer(passed, AnswerDecision.REJECTED, "No"))
                    .hasFieldOrPropertyWithValue("messageKey", "panel.error.answered-already");
            recommendations.progress(passed, AnswerProgress.IN_PROGRESS, "The first 40 trees are planted.");
            return null;
        });

        var answer = recommendations.decided(panel).get(0).answer();
        assertThat(answer.decision()).isEqualTo(AnswerDecision.PARTLY);
        assertThat(answer.progress()).isEqualTo(AnswerProgress.IN_PROGRESS);
        assertThat(answer.updates()).extracting(RecommendationSummary.Update::text)
                .containsExactly("The first 40 trees are planted.");
        var mail = TestMail.awaitMail(members.get(2), "The city has answered", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("partly accepted", "Trees where the pavement allows");
        TestMail.awaitMail(members.get(2), "News on a panel recommendation", Duration.ofSeconds(20));
    }

    @Test
    void officials_are_reminded_a_week_before_an_answer_is_due_and_again_when_it_is_overdue() {
        String title = "Water fountains in every park " + panel;
        passedRecommendation(title);
        String official = accounts.create(Role.OFFICIAL);

        recommendations.remindDue();
        clock.advance(Duration.ofDays(24));
        assertThat(recommendations.remindDue()).isPositive();
        recommendations.remindDue();
        awaitMailAbout(official, "awaits the city’s answer", title);
        clock.advance(Duration.ofDays(7));
        recommendations.remindDue();
        awaitMailAbout(official, "Overdue", title);
        recommendations.remindDue();
        PanelFixtures.pause(1500);
        assertThat(TestMail.mailsTo(official).stream().filter(m -> TestMail.text(m).contains(title)))
                .as("one reminder a week before and one when overdue").hasSize(2);
    }

    /** The official hears of every due answer, other tests' too: wait for the mail about this one. */
    private static void awaitMailAbout(String to, String subject, String title) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (TestMail.mailsTo(to).stream().anyMatch(m -> TestMail.subject(m).contains(subject)
                    && TestMail.text(m).contains(title))) {
                return;
            }
            PanelFixtures.pause(200);
        }
        throw new AssertionError("No mail to " + to + " about '" + title + "' with subject '" + subject + "'");
    }

    private long passedRecommendation() {
        return passedRecommendation("Shade at tram stops");
    }

    private long passedRecommendation(String title) {
        accounts.signIn(members.get(0));
        long id = recommendations.draft(panel, title, "Plant trees at every tram stop.");
        fixtures.asOfficial(() -> {
            recommendations.openVote(id, clock.instant().plus(Duration.ofMinutes(30)));
            return null;
        });
        for (int i = 0; i < 17; i++) {
            accounts.signIn(members.get(i));
            recommendations.vote(id, VoteChoice.SUPPORT);
        }
        clock.advance(Duration.ofHours(1));
        recommendations.closeDue();
        return id;
    }

    private void speaks(String email, Language language) {
        var account = accounts.find(email);
        account.setLanguage(language);
        accountRepository.save(account);
    }
}
