package org.civitas.notification.ui;

import org.civitas.notification.DevMailbox;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Development only (registered by {@link DevRoutes}): the mails Civitas sent, to follow a link without SMTP. */
@Route(value = "dev/mail", registerAtStartup = false)
@AnonymousAllowed
public class SentMailView extends VerticalLayout implements HasDynamicTitle {

    SentMailView(DevMailbox mailbox) {
        addClassName("civitas-page");
        add(new H1(getTranslation("notification.dev-mail.title")), new Paragraph(getTranslation("notification.dev-mail.intro")));
        var mails = mailbox.sentMails();
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("notification.dev-mail.empty")));
        }
        mails.forEach(m -> {
            var details = new Details(m.to() + " · " + m.subject(), new Pre(m.text()));
            details.setWidthFull();
            add(details);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.dev-mail.title");
    }
}
