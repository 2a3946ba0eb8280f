package org.civitas.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.civitas.budget.EditionDetails;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

class ProposalEditorViewTest extends KaribuTest {

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    ProposalService proposals;
    @Autowired
    CatalogueService catalogue;

    EditionDetails edition;
    String author;

    @BeforeEach
    void resident() {
        edition = fixtures.edition();
        author = accounts.residentOf(fixtures.districtPool(edition).districtId());
        signIn(author);
    }

    @Test
    void a_resident_writes_a_proposal_step_by_step_the_draft_saves_itself_and_is_submitted() {
        open("my-proposals", Language.EN);
        _click(_get(Button.class, s -> s.withId("new-proposal-" + edition.id())));
        assertThat(_get(H1.class).getText()).isEqualTo("Your proposal");

        _setValue(_get(TextField.class, s -> s.withId("proposal-title-field")), "Drinking fountain on Plac Wolnica");
        long id = proposals.mine().get(0).id();
        assertThat(proposals.edit(id).form().getTitle()).as("saved as typed").isEqualTo("Drinking fountain on Plac Wolnica");
        assertThat(_get(Span.class, s -> s.withId("editor-saved")).getText()).startsWith("Draft saved automatically");

        _setValue(_get(TextArea.class, s -> s.withId("proposal-summary")), "A fountain with drinking water.");
        _setValue(_get(TextArea.class, s -> s.withId("proposal-description-field")), "Hot summers need **water**.");
        @SuppressWarnings("unchecked")
        Select<Long> category = _get(Select.class, s -> s.withId("proposal-category"));
        _setValue(category, edition.categories().get(0).id());

        step(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PlaceStep.Scope> scope = _get(RadioButtonGroup.class, s -> s.withId("proposal-scope"));
        _setValue(scope, PlaceStep.Scope.DISTRICT);
        @SuppressWarnings("unchecked")
        ComboBox<Long> district = _get(ComboBox.class, s -> s.withId("proposal-district"));
        assertThat(district.getValue()).as("the resident's own district first").isEqualTo(fixtures.districtPool(edition).id());
        _setValue(_get(TextField.class, s -> s.withId("proposal-address")), "Plac Wolnica, Kraków");

        step(2);
        _setValue(_get(TextField.class, s -> s.withId("cost-description-0")), "Fountain");
        _setValue(_get(BigDecimalField.class, s -> s.withId("cost-price-0")), new BigDecimal("50000"));
        assertThat(_get(Paragraph.class, s -> s.withId("cost-total")).getText()).contains("outside these limits");
        _setValue(_get(BigDecimalField.class, s -> s.withId("cost-price-0")), new BigDecimal("15000"));
        _click(_get(Button.class, s -> s.withId("cost-add")));
        _setValue(_get(TextField.class, s -> s.withId("cost-description-1")), "Water connection");
        _setValue(_get(BigDecimalField.class, s -> s.withId("cost-quantity-1")), new BigDecimal("2"));
        _setValue(_get(BigDecimalField.class, s -> s.withId("cost-price-1")), new BigDecimal("2500"));
        assertThat(_get(Paragraph.class, s -> s.withId("cost-total")).getText()).startsWith("Total: 20,000")
                .doesNotContain("outside");

        step(6);
        _click(_get(Button.class, s -> s.withId("proposal-submit")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + id);
        var page = catalogue.page(id, Language.EN).orElseThrow();
        assertThat(page.status()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);
        assertThat(page.totalCost()).isEqualByComparingTo("20000");
        assertThat(page.costItems()).hasSize(2);
    }

    @Test
    void the_last_step_names_what_is_missing_and_does_not_submit() {
        long id = proposals.startDraft(edition.id());
        open("proposals/" + id + "/edit", Language.EN);
        step(6);
        _click(_get(Button.class, s -> s.withId("proposal-submit")));

        assertThat(LocatorJ._find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                .contains("Give the proposal a title.", "Choose a category.", "Enter the price of each cost item.");
        assertThat(proposals.edit(id).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void a_draft_survives_an_expired_session() {
        long id = proposals.startDraft(edition.id());
        open("proposals/" + id + "/edit", Language.EN);
        _setValue(_get(TextField.class, s -> s.withId("proposal-title-field")), "Benches by the Vistula");
        _setValue(_get(TextArea.class, s -> s.withId("proposal-summary")), "Six benches with a view.");

        signIn(author); // a new session, as after the old one expired
        open("proposals/" + id + "/edit", Language.EN);

        assertThat(_get(TextField.class, s -> s.withId("proposal-title-field")).getValue()).isEqualTo("Benches by the Vistula");
        assertThat(_get(TextArea.class, s -> s.withId("proposal-summary")).getValue()).isEqualTo("Six benches with a view.");
    }

    private static void step(int index) {
        _get(Tabs.class, s -> s.withId("editor-steps")).setSelectedIndex(index);
    }
}
