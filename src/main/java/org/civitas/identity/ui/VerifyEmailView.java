package org.civitas.identity.ui;

import org.civitas.identity.AccountService;
import org.civitas.identity.TokenCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page behind the link in the verification mail. */
@Route("verify")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    VerifyEmailView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("civitas-page", "civitas-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        TokenCheck check = accounts.verifyEmail(token);
        var message = new Paragraph(getTranslation("identity.verify." + TokenTexts.key(check)));
        message.setId("verify-result");
        add(new H1(getTranslation("identity.verify.title")), message);
        if (check == TokenCheck.ACCEPTED || check == TokenCheck.ALREADY_USED) {
            add(new Anchor("login", getTranslation("identity.verify.login")));
        } else if (check == TokenCheck.EXPIRED) {
            add(new Button(getTranslation("identity.verify.resend"), e -> {
                accounts.resendVerification(token);
                e.getSource().setEnabled(false);
                message.setText(getTranslation("identity.verify.resent"));
            }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.verify.title");
    }
}
