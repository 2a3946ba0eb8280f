package org.civitas.review.ui;

import java.time.ZonedDateTime;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.review.ReviewDetails;
import org.civitas.review.ReviewQueueService;
import org.civitas.review.ReviewService;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One proposal's review: assignment, checklists, cost, requested changes, decision and internal notes. */
@Route("review/:id([0-9]{1,18})")
@RolesAllowed("OFFICIAL")
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewQueueService queue;
    private final ReviewService reviews;
    private long proposalId;
    private String title = "";

    ReviewView(ReviewQueueService queue, ReviewService reviews) {
        this.queue = queue;
        this.reviews = reviews;
        addClassName("civitas-page");
    }

    public static RouteParameters parameters(long proposalId) {
        return new RouteParameters("id", String.valueOf(proposalId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        proposalId = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(queue.details(proposalId));
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ReviewDetails d) {
        removeAll();
        title = d.proposal().title();
        var heading = new H1(d.proposal().title());
        heading.setId("review-title");
        // the public page belongs to the proposal module: linked by its stable address, not by its class
        var page = new com.vaadin.flow.component.html.Anchor("proposals/" + proposalId, getTranslation("review.page.public"));
        var status = new Paragraph(getTranslation("review.page.status", getTranslation(d.proposal().status().translationKey()),
                Formats.money(d.proposal().totalCost(), getLocale())));
        status.setId("review-status-line");
        add(new RouterLink(getTranslation("review.page.back"), ReviewQueueView.class), heading, page, status);
        if (d.reviewerIsAuthor()) {
            var warning = new Paragraph(getTranslation("review.error.own-proposal"));
            warning.addClassName("civitas-error");
            add(warning);
        }
        var forms = new ReviewForms(reviews, proposalId, () -> show(queue.details(proposalId)));
        add(forms.assignment(d, queue.units(), queue.assignees()), forms.checklist(d), forms.cost(d),
                forms.changes(d), forms.decision(d), notes(d), forms.note());
    }

    private Div notes(ReviewDetails d) {
        var notes = new Div(new H2(getTranslation("review.notes.title")));
        notes.setId("review-notes");
        d.notes().forEach(n -> notes.add(new Paragraph(getTranslation("review.notes.line", n.author(),
                Formats.dateTime(ZonedDateTime.ofInstant(n.at(), Formats.CITY_ZONE), getLocale()), n.text()))));
        return notes;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
