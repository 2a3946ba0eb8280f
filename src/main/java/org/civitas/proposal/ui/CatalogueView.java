package org.civitas.proposal.ui;

import java.util.List;

import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalCard;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public catalogue of an edition's proposals ({@code ?edition=ID}, else the newest edition): search,
 * filters and order, one page of cards at a time.
 */
@Route("proposals")
@Menu(order = 10, title = "proposal.catalogue.title")
@AnonymousAllowed
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final EditionService editions;
    private final EditionTextsSource editionTexts;
    private final ProposalImages images;

    CatalogueView(CatalogueService catalogue, EditionService editions, EditionTextsSource editionTexts,
            ProposalImages images) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.editionTexts = editionTexts;
        this.images = images;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("proposal.catalogue.title")));
        List<EditionSummary> all = editions.editions();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.catalogue.no-edition")));
            return;
        }
        long editionId = event.getLocation().getQueryParameters().getSingleParameter("edition")
                .filter(s -> s.matches("[0-9]{1,18}")).map(Long::parseLong)
                .filter(id -> all.stream().anyMatch(e -> e.id() == id)).orElse(EditionSummary.opening(all));
        show(editionId, all);
    }

    private void show(long editionId, List<EditionSummary> all) {
        Language reader = Language.of(getLocale());
        var texts = editionTexts.of(editionId, getLocale());
        var count = new Span();
        count.setId("catalogue-count");
        count.getElement().setAttribute("aria-live", "polite");
        var list = new VirtualList<ProposalCard>();
        list.setId("catalogue-list");
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                card -> new ProposalCardView(card, texts, images)));
        var filters = new CatalogueFilters(all, editionId, texts, reader, query -> {
            int found = catalogue.count(query);
            list.setDataProvider(DataProvider.<ProposalCard>fromCallbacks(
                    q -> catalogue.search(query, q.getOffset(), q.getLimit()).stream(), q -> found));
            count.setText(getTranslation("proposal.catalogue.count", found));
        });
        add(filters, count, list);
        setFlexGrow(1, list);
        list.setHeight("70vh");
        filters.fire();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.catalogue.title");
    }
}
