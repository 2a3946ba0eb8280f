package org.civitas.results.ui;

import java.util.NoSuchElementException;

import org.civitas.budget.DistrictService;
import org.civitas.results.EditionResults;
import org.civitas.results.PoolResult;
import org.civitas.results.ResultsService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Bar;
import org.civitas.shared.ui.BarChart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One pool's published result: the funded projects with points, cost and the money left, then every other
 * project with why it lost (and under Equal Shares each project's effective support).
 */
@Route("results/:edition([0-9]{1,18})/:pool([0-9]{1,18})")
@AnonymousAllowed
public class PoolResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final DistrictService districts;
    private String title = "";

    PoolResultsView(ResultsService results, DistrictService districts) {
        this.results = results;
        this.districts = districts;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long edition = event.getRouteParameters().getLong("edition").orElseThrow();
        long poolId = event.getRouteParameters().getLong("pool").orElseThrow();
        try {
            EditionResults r = results.published(edition, Language.of(getLocale())).orElseThrow();
            show(r, r.pool(poolId).orElseThrow());
        } catch (NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(EditionResults r, PoolResult pool) {
        title = PoolNames.of(pool, districts, this);
        add(new H1(title), new Paragraph(r.editionName()));
        var summary = new Paragraph(getTranslation("results.pool.summary", Formats.money(pool.amount(), getLocale()),
                Formats.number(pool.ballots(), getLocale()), Formats.money(pool.moneyLeft(), getLocale())));
        summary.setId("results-summary");
        add(summary, pointsChart(pool));
        var funded = pool.funded();
        add(new H2(getTranslation("results.pool.funded")), lines(funded, pool, "results-funded-list"));
        add(new H2(getTranslation("results.pool.not-funded")), lines(pool.projects().stream()
                .filter(p -> !p.outcome().funded()).toList(), pool, "results-lost-list"));
        add(new Div(new Anchor("api/v1/editions/" + r.editionId() + "/ballots.pb?pool=" + pool.poolId(),
                getTranslation("results.pool.ballots"))));
        add(new RouterLink(getTranslation("results.pool.back"), EditionResultsView.class,
                new RouteParameters("edition", String.valueOf(r.editionId()))));
    }

    private ProjectLines lines(java.util.List<org.civitas.results.ProjectResult> projects, PoolResult pool, String id) {
        var lines = new ProjectLines(projects, pool.equalShares());
        lines.setId(id);
        return lines;
    }

    /** Points per project in counting order, the funded ones standing out; its table is the text alternative. */
    Component pointsChart(PoolResult pool) {
        var bars = pool.projects().stream().map(p -> new Bar(p.title(), p.points(),
                Formats.number(p.points(), getLocale()), p.outcome().funded())).toList();
        var chart = new BarChart(getTranslation("results.chart.points"), bars)
                .withHeaders(getTranslation("results.chart.project"), getTranslation("results.chart.points-header"))
                .withEmphasisMeaning(getTranslation("results.chart.funded"));
        chart.setId("results-points-chart");
        return chart;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("results.list.title") : title;
    }
}
