package org.civitas.results.ui;

import org.civitas.results.ResultsService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Editions whose results are published, the latest first. */
@Route("results")
@Menu(order = 17, title = "results.list.title")
@AnonymousAllowed
public class ResultsListView extends VerticalLayout implements HasDynamicTitle {

    ResultsListView(ResultsService results) {
        addClassName("civitas-page");
        add(new H1(getTranslation("results.list.title")));
        var published = results.publishedEditions(Language.of(getLocale()));
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("results.list.none")));
        }
        published.forEach(e -> {
            var link = new RouterLink(e.name(), EditionResultsView.class,
                    new com.vaadin.flow.router.RouteParameters("edition", String.valueOf(e.editionId())));
            var when = new Paragraph(getTranslation("results.list.published",
                    Formats.dateTime(e.publishedAt().atZone(Formats.CITY_ZONE), getLocale())));
            add(new com.vaadin.flow.component.html.Div(link, when));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.list.title");
    }
}
