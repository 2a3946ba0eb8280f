package org.civitas.results.implementation.ui;

import java.util.List;
import java.util.Map;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.results.implementation.ImplementationQuery;
import org.civitas.results.implementation.ImplementationService;
import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.ImplementationSummary;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The funded projects of an edition ({@code ?edition=ID}, else the newest with any) and how far each has got:
 * status, progress and the day of the latest update; filtered by status and pool, one page of cards at a time.
 */
@Route("implementation")
@AnonymousAllowed
public class ImplementationListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService implementation;
    private final EditionService editions;
    private final DistrictService districts;
    private final Select<ImplementationStatus> status = new Select<>();
    private final Select<Long> pool = new Select<>();
    private final VirtualList<ImplementationSummary> list = new VirtualList<>();
    private final Span count = new Span();

    ImplementationListView(ImplementationService implementation, EditionService editions, DistrictService districts) {
        this.implementation = implementation;
        this.editions = editions;
        this.districts = districts;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("results.implementation.title")));
        List<Long> tracked = implementation.editions();
        if (tracked.isEmpty()) {
            var none = new Paragraph(getTranslation("results.implementation.no-projects"));
            none.setId("implementation-none");
            add(none);
            return;
        }
        long editionId = event.getLocation().getQueryParameters().getSingleParameter("edition")
                .filter(s -> s.matches("[0-9]{1,18}")).map(Long::parseLong).filter(tracked::contains)
                .orElse(tracked.get(0));
        show(editionId, tracked);
    }

    private void show(long editionId, List<Long> tracked) {
        Map<Long, String> pools = PoolNames.of(editionId, editions, districts, this);
        var filters = new FormLayout();
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        if (tracked.size() > 1) {
            filters.add(editionSelect(editionId, tracked));
        }
        status.setId("implementation-status-filter");
        status.setLabel(getTranslation("results.implementation.status"));
        Filters.anyOf(status, List.of(ImplementationStatus.values()), s -> getTranslation(s.translationKey()));
        pool.setId("implementation-pool-filter");
        pool.setLabel(getTranslation("results.implementation.pool"));
        Filters.anyOf(pool, List.copyOf(pools.keySet()), pools::get);
        filters.add(status, pool);
        count.setId("implementation-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.setId("implementation-list");
        list.setRenderer(new ComponentRenderer<>(project -> card(project, pools)));
        list.setHeight("70vh");
        status.addValueChangeListener(e -> refresh(editionId));
        pool.addValueChangeListener(e -> refresh(editionId));
        add(filters, count, list);
        refresh(editionId);
    }

    private Select<Long> editionSelect(long editionId, List<Long> tracked) {
        List<EditionSummary> named = editions.editions().stream().filter(e -> tracked.contains(e.id())).toList();
        var edition = new Select<Long>();
        edition.setId("implementation-edition");
        edition.setLabel(getTranslation("results.implementation.edition"));
        edition.setItems(named.stream().map(EditionSummary::id).toList());
        edition.setItemLabelGenerator(id -> named.stream().filter(e -> e.id() == id).findFirst()
                .map(e -> e.name().in(getLocale())).orElse(""));
        edition.setValue(editionId);
        edition.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("implementation",
                QueryParameters.of("edition", String.valueOf(e.getValue())))));
        return edition;
    }

    private void refresh(long editionId) {
        var query = new ImplementationQuery(editionId, status.getValue(), pool.getValue());
        int found = implementation.count(query);
        list.setDataProvider(DataProvider.<ImplementationSummary>fromCallbacks(
                q -> implementation.search(query, q.getOffset(), q.getLimit()).stream(), q -> found));
        count.setText(getTranslation("results.implementation.count", found));
    }

    private Div card(ImplementationSummary project, Map<Long, String> pools) {
        var title = new RouterLink(project.title(), ImplementationView.class,
                new RouteParameters("project", String.valueOf(project.proposalId())));
        title.addClassName("implementation-title");
        var pool = new Span(pools.getOrDefault(project.poolId(), ""));
        var updated = new Span(project.lastUpdate() == null ? getTranslation("results.implementation.no-update")
                : getTranslation("results.implementation.last-update", Formats.date(project.lastUpdate(), getLocale())));
        var card = new Div(title, pool, new ProgressFacts(project.status(), project.progress()), updated);
        card.addClassName("implementation-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.implementation.title");
    }
}
