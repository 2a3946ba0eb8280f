package org.civitas.voting.ui;

import jakarta.annotation.security.PermitAll;

import org.civitas.voting.VotingService;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** "Vote" in the menu: goes to the booth of the edition whose vote is open (or next, or last). */
@Route("vote")
@Menu(order = 15, title = "voting.booth.menu")
@PermitAll
public class VoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VotingService voting;

    VoteView(VotingService voting) {
        this.voting = voting;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        voting.currentEdition().ifPresentOrElse(
                id -> event.forwardTo(BoothView.class, new RouteParameters("edition", String.valueOf(id))),
                () -> {
                    removeAll();
                    var none = new Paragraph(getTranslation("voting.booth.no-vote"));
                    none.setId("booth-no-vote");
                    add(new H1(getTranslation("voting.booth.menu")), none);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.booth.menu");
    }
}
