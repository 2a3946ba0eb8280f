package org.civitas.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.SupportService;
import org.civitas.review.HearingService;
import org.civitas.review.ProtestStatus;
import org.civitas.review.ReasonTemplate;
import org.civitas.review.ReviewService;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

class ProtestViewTest extends KaribuTest {

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    SupportService supports;
    @Autowired
    ReviewService reviews;
    @Autowired
    HearingService hearings;

    @Test
    void the_author_of_a_rejected_proposal_files_a_protest_in_ukrainian() {
        EditionDetails edition = fixtures.edition();
        var proposal = fixtures.submitted(edition, "Місток через Вільшанку");
        accounts.signIn(accounts.create(Role.OFFICIAL));
        supports.recordPaperSupports(proposal.id(), 15);
        reviews.decide(proposal.id(), false, ReasonTemplate.NOT_FEASIBLE, "");

        signIn(proposal.author());
        open("proposals/" + proposal.id() + "/protest", Language.UK);
        _click(_get(Button.class, s -> s.withId("protest-file")));
        assertThat(_get(TextArea.class, s -> s.withId("protest-reasons")).getValue()).isEmpty();

        _setValue(_get(TextArea.class, s -> s.withId("protest-reasons")), "Проєкт можна здійснити: додаю кошторис.");
        _click(_get(Button.class, s -> s.withId("protest-file")));

        assertThat(_get(Paragraph.class, s -> s.withId("protest-status")).getText()).isEqualTo("Ваш протест: подано");
        accounts.signIn(accounts.create(Role.OFFICIAL));
        assertThat(hearings.protests(edition.id())).singleElement().extracting(p -> p.status())
                .isEqualTo(ProtestStatus.FILED);
    }
}
