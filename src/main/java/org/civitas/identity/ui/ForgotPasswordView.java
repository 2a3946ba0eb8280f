package org.civitas.identity.ui;

import org.civitas.identity.AccountService;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(AccountService accounts) {
        addClassNames("civitas-page", "civitas-narrow");
        var email = Fields.email(getTranslation("identity.forgot.email"));
        email.setId("forgot-email");
        email.setRequired(true);
        email.setErrorMessage(getTranslation("shared.email.invalid"));
        var sent = new Paragraph();
        sent.setId("forgot-sent");
        var submit = new Button(getTranslation("identity.forgot.submit"), e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            sent.setText(getTranslation("identity.forgot.sent", email.getValue()));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("forgot-submit");
        add(new H1(getTranslation("identity.forgot.title")), new Paragraph(getTranslation("identity.forgot.intro")),
                email, submit, sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.forgot.title");
    }
}
