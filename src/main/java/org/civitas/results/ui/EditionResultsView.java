package org.civitas.results.ui;

import java.util.NoSuchElementException;

import org.civitas.budget.DistrictService;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.results.EditionResults;
import org.civitas.results.PoolResult;
import org.civitas.results.ResultsService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An edition's published results: its pools, each with what it funded, and the open-data downloads. */
@Route("results/:edition([0-9]{1,18})")
@AnonymousAllowed
public class EditionResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final DistrictService districts;
    private final ProfileService profiles;

    EditionResultsView(ResultsService results, DistrictService districts, ProfileService profiles) {
        this.results = results;
        this.districts = districts;
        this.profiles = profiles;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long edition = event.getRouteParameters().getLong("edition").orElseThrow();
        try {
            results.published(edition, Language.of(getLocale())).ifPresentOrElse(this::show, () -> notYet(edition));
        } catch (NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(EditionResults r) {
        add(new H1(getTranslation("results.edition.title", r.editionName())));
        for (PoolResult pool : r.pools()) {
            var link = new RouterLink(PoolNames.of(pool, districts, this), PoolResultsView.class,
                    params(r.editionId(), pool.poolId()));
            var line = new Div(getTranslation("results.edition.pool-line", Formats.number(pool.funded().size(), getLocale()),
                    Formats.money(pool.moneyLeft(), getLocale())));
            line.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(new Div(link, line));
        }
        String api = "api/v1/editions/" + r.editionId();
        add(new Div(new Paragraph(new Anchor(api + "/results", getTranslation("results.edition.json"))),
                new Paragraph(new Anchor(api + "/results.csv", getTranslation("results.edition.csv"))),
                new Paragraph(new Anchor(api + "/projects.csv", getTranslation("results.edition.projects-csv")))));
        var turnout = new Anchor("turnout/" + r.editionId(), getTranslation("results.edition.turnout"));
        turnout.setId("results-turnout");
        add(new Paragraph(turnout));
        add(new Paragraph(new Anchor("implementation?edition=" + r.editionId(),
                getTranslation("results.edition.implementation"))));
        previewLink(r.editionId());
    }

    private void notYet(long edition) {
        add(new H1(getTranslation("results.list.title")));
        var text = new Paragraph(getTranslation("results.error.not-published"));
        text.setId("results-not-yet");
        add(text);
        previewLink(edition);
    }

    private void previewLink(long edition) {
        if (profiles.current().map(a -> a.has(Role.OFFICIAL) || a.has(Role.ADMIN)).orElse(false)) {
            add(new RouterLink(getTranslation("results.edition.preview"), ResultsPreviewView.class,
                    new RouteParameters("edition", String.valueOf(edition))));
        }
    }

    static RouteParameters params(long edition, long pool) {
        return new RouteParameters(java.util.Map.of("edition", String.valueOf(edition), "pool", String.valueOf(pool)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.list.title");
    }
}
