package org.civitas.proposal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.civitas.budget.EditionSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Language;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

/** The catalogue's search box, filters and order; every change asks again. */
class CatalogueFilters extends FormLayout {

    private final TextField text = new TextField();
    private final ComboBox<Long> pool = new ComboBox<>();
    private final Select<Long> category = new Select<>();
    private final Select<ProposalStatus> status = new Select<>();
    private final Select<Language> language = new Select<>();
    private final Select<CatalogueQuery.Order> order = new Select<>();
    private final long editionId;
    private final Language reader;
    private final Consumer<CatalogueQuery> onChange;

    CatalogueFilters(List<EditionSummary> editions, long editionId, EditionTexts texts, Language reader,
            Consumer<CatalogueQuery> onChange) {
        this.editionId = editionId;
        this.reader = reader;
        this.onChange = onChange;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        if (editions.size() > 1) {
            var edition = new Select<Long>();
            edition.setId("catalogue-edition");
            edition.setLabel(getTranslation("proposal.catalogue.edition"));
            edition.setItems(editions.stream().map(EditionSummary::id).toList());
            edition.setItemLabelGenerator(id -> editions.stream().filter(e -> e.id() == id).findFirst()
                    .map(e -> e.label(getLocale(), n -> getTranslation("budget.editions.imported-name", n))).orElse(""));
            edition.setValue(editionId);
            edition.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals",
                    QueryParameters.of("edition", String.valueOf(e.getValue())))));
            add(edition);
        }
        text.setId("catalogue-search");
        text.setLabel(getTranslation("proposal.catalogue.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        pool.setId("catalogue-pool");
        pool.setLabel(getTranslation("proposal.catalogue.pool"));
        pool.setItems(texts.pools().keySet());
        pool.setItemLabelGenerator(texts::pool);
        pool.setClearButtonVisible(true);
        category.setId("catalogue-category");
        category.setLabel(getTranslation("proposal.catalogue.category"));
        anyOf(category, texts.categories().keySet().stream().toList(), texts::category);
        status.setId("catalogue-status");
        status.setLabel(getTranslation("proposal.catalogue.status"));
        anyOf(status, Arrays.stream(ProposalStatus.values()).filter(ProposalStatus::isPublic).toList(),
                s -> getTranslation(s.translationKey()));
        language.setId("catalogue-language");
        language.setLabel(getTranslation("proposal.catalogue.language"));
        anyOf(language, List.of(Language.values()), Language::nativeName);
        order.setId("catalogue-order");
        order.setLabel(getTranslation("proposal.catalogue.order"));
        order.setItems(CatalogueQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        order.setValue(CatalogueQuery.Order.NEWEST);
        pool.setPlaceholder(getTranslation("proposal.catalogue.any"));
        // on a phone the filters would fill the screen: they fold away, the search box and the order stay
        var more = new FormLayout(pool, category, status, language);
        more.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4));
        var filters = new Details(getTranslation("proposal.catalogue.filters"), more);
        filters.setId("catalogue-filters");
        filters.setWidthFull();
        add(text, order, filters);
        setColspan(filters, 2);
        text.addValueChangeListener(e -> fire());
        pool.addValueChangeListener(e -> fire());
        category.addValueChangeListener(e -> fire());
        status.addValueChangeListener(e -> fire());
        language.addValueChangeListener(e -> fire());
        order.addValueChangeListener(e -> fire());
    }

    /** A select whose empty choice reads "any". */
    private <T> void anyOf(Select<T> select, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("proposal.catalogue.any"));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("proposal.catalogue.any") : labels.apply(item));
    }

    void fire() {
        onChange.accept(new CatalogueQuery(editionId, text.getValue(), pool.getValue(), category.getValue(),
                status.getValue(), language.getValue(), order.getValue(), reader));
    }
}
