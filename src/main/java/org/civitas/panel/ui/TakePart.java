package org.civitas.panel.ui;

import org.civitas.panel.MyRegistration;
import org.civitas.panel.PanelPage;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.VolunteerService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** How the reader takes part: volunteer while registration is open, or see their own registration and outcome. */
class TakePart extends Div {

    TakePart(PanelPage page, boolean signedIn, VolunteerService volunteers) {
        setId("panel-take-part");
        add(new H2(getTranslation("panel.page.take-part")));
        var mine = signedIn ? volunteers.mine(page.summary().id()) : java.util.Optional.<MyRegistration>empty();
        if (mine.isPresent()) {
            add(registered(mine.get()));
        } else if (page.summary().status() == PanelStatus.RECRUITING && page.registrationOpen()) {
            add(new Paragraph(getTranslation("panel.page.who-may")));
            add(signedIn ? new RouterLink(getTranslation("panel.page.volunteer"), RegisterVolunteerView.class,
                    PanelView.parameters(page.summary().id()))
                    : new Paragraph(getTranslation("panel.page.sign-in-to-volunteer")));
        } else {
            add(new Paragraph(getTranslation("panel.page.registration-over")));
        }
    }

    private Paragraph registered(MyRegistration mine) {
        var line = new Paragraph(outcome(mine));
        line.setId("panel-my-registration");
        return line;
    }

    /** Where a volunteer stands: registered, then drawn, reserve or not drawn; also on the "my panels" page. */
    static String outcome(MyRegistration mine) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        // as the published files write it ("1205"), not as a quantity ("1,205"), so it can be looked up there
        String number = String.valueOf(mine.number());
        return switch (mine.outcome()) {
            case POOL -> ui.getTranslation(mine.probability() == null ? "panel.page.registered" : "panel.page.not-drawn",
                    number);
            case MEMBER -> ui.getTranslation("panel.page.drawn", number);
            case RESERVE -> ui.getTranslation("panel.page.reserve", number);
        };
    }
}
