package org.civitas.voting.ui;

import org.civitas.budget.EditionService;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.ReceiptService;
import org.civitas.voting.VotingRuleException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Anyone checks that the ballot with their receipt code is in the box; the page never shows choices. */
@Route("vote/check")
@AnonymousAllowed
public class ReceiptCheckView extends VerticalLayout implements HasDynamicTitle {

    ReceiptCheckView(ReceiptService receipts, EditionService editions) {
        addClassName("civitas-page");
        var code = new TextField(getTranslation("voting.check.code"));
        code.setId("receipt-code");
        code.setMaxLength(40);
        code.addClassName("civitas-narrow");
        var answer = new Paragraph();
        answer.setId("receipt-answer");
        var check = new Button(getTranslation("voting.check.button"), e -> {
            try {
                answer.setText(receipts.check(code.getValue())
                        .map(id -> getTranslation("voting.check.found", editions.details(id).name().in(Language.of(getLocale()))))
                        .orElse(getTranslation("voting.check.not-found")));
            } catch (VotingRuleException ex) {
                answer.setText(Notices.text(ex));
            }
        });
        check.setId("receipt-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H1(getTranslation("voting.check.title")), new Paragraph(getTranslation("voting.check.intro")), code,
                check, answer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.check.title");
    }
}
