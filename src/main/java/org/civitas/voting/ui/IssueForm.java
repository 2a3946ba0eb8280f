package org.civitas.voting.ui;

import java.util.function.Consumer;

import org.civitas.shared.ui.Fields;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.DocumentType;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingRuleException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Check the voter and issue the cards": the official types the PESEL, or a document with the date of birth,
 * and sees at once whether to hand over the cards. The identity lives only in these fields and is cleared after.
 */
class IssueForm extends VerticalLayout {

    private final RadioButtonGroup<Boolean> byPesel = new RadioButtonGroup<>();
    private final TextField pesel = new TextField();
    private final Select<DocumentType> type = new Select<>();
    private final TextField number = new TextField();
    private final DatePicker born;
    private final Paragraph result = new Paragraph();

    /** {@code issue} registers the voter, or throws the rule that refuses them. */
    IssueForm(Consumer<VoterIdentity> issue) {
        setPadding(false);
        byPesel.setId("paper-issue-by");
        byPesel.setLabel(getTranslation("voting.paper.issue.identify-by"));
        byPesel.setItems(true, false);
        byPesel.setItemLabelGenerator(p -> getTranslation(p ? "voting.paper.issue.by-pesel" : "voting.paper.issue.by-document"));
        pesel.setId("paper-issue-pesel");
        pesel.setLabel(getTranslation("voting.paper.issue.pesel"));
        pesel.setMaxLength(20);
        type.setId("paper-issue-type");
        type.setLabel(getTranslation("voting.paper.issue.document-type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        number.setId("paper-issue-number");
        number.setLabel(getTranslation("voting.paper.issue.document-number"));
        number.setMaxLength(40);
        born = Fields.date(getTranslation("voting.paper.issue.birth-date"));
        born.setId("paper-issue-born");
        byPesel.addValueChangeListener(e -> showFields(e.getValue()));
        byPesel.setValue(true);
        var button = new Button(getTranslation("voting.paper.issue.check"), e -> issue(issue));
        button.setId("paper-issue");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("paper-issue-result");
        add(new H2(getTranslation("voting.paper.issue.title")), new Paragraph(getTranslation("voting.paper.issue.intro")),
                byPesel, new FormLayout(pesel, type, number, born), button, result);
    }

    private void showFields(boolean peselChosen) {
        pesel.setVisible(peselChosen);
        type.setVisible(!peselChosen);
        number.setVisible(!peselChosen);
        born.setVisible(!peselChosen);
    }

    private void issue(Consumer<VoterIdentity> issue) {
        try {
            issue.accept(identity());
            show(getTranslation("voting.paper.issue.done"), false);
            Notices.success(result.getText());
            pesel.clear();
            number.clear();
            born.clear();
        } catch (VotingRuleException e) {
            show(getTranslation("voting.paper.issue.refused", Notices.text(e)), true);
            Notices.refuse(e);
        }
    }

    private VoterIdentity identity() {
        if (Boolean.TRUE.equals(byPesel.getValue())) {
            return VoterIdentity.ofPesel(pesel.getValue());
        }
        // without a type the identity would read as a missing PESEL, which would confuse the official
        if (type.getValue() == null) {
            throw new VotingRuleException("voting.paper.error.document-type");
        }
        return VoterIdentity.ofDocument(type.getValue(), number.getValue(), born.getValue());
    }

    private void show(String text, boolean refusal) {
        result.setText(text);
        result.setClassName("civitas-error", refusal);
    }
}
