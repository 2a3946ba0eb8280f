package org.civitas.panel.ui;

import java.util.Locale;

import org.civitas.panel.PanelPage;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.Quota;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * How the members are chosen, for anyone to check: the quotas, the seed, and after the draw the probabilities in
 * summary with the files that let anyone repeat the draw with {@code select-panel}.
 */
class SelectionPart extends VerticalLayout {

    SelectionPart(PanelPage page) {
        setPadding(false);
        setId("panel-selection");
        add(new H2(getTranslation("panel.page.selection")), new Paragraph(getTranslation("panel.page.leximin")));
        var quotas = new Grid<Quota>();
        quotas.addColumn(Quota::category).setHeader(getTranslation("panel.quota.category"));
        quotas.addColumn(Quota::feature).setHeader(getTranslation("panel.quota.feature"));
        quotas.addColumn(Quota::min).setHeader(getTranslation("panel.quota.min"));
        quotas.addColumn(Quota::max).setHeader(getTranslation("panel.quota.max"));
        quotas.setItems(page.quotas());
        quotas.setAllRowsVisible(true);
        quotas.setId("panel-quotas");
        add(quotas);
        var seed = new Paragraph(page.seed() == null || page.seed().isBlank()
                ? getTranslation("panel.page.seed-pending") : getTranslation("panel.page.seed", page.seed()));
        seed.setId("panel-seed");
        add(seed);
        if (page.summary().status() == PanelStatus.DRAWN && page.selection() != null) {
            var s = page.selection();
            var chances = new Paragraph(getTranslation("panel.page.probabilities", s.volunteers(), s.eligible(),
                    percent(s.minimum()), percent(s.maximum())));
            chances.setId("panel-probabilities");
            add(chances);
        }
        if (page.summary().status() != PanelStatus.RECRUITING) {
            String base = "api/v1/panels/" + page.summary().id() + "/";
            add(new Paragraph(getTranslation("panel.page.files")),
                    download(base + "respondents.csv", "panel.page.file.respondents"),
                    download(base + "categories.csv", "panel.page.file.categories"));
            if (page.summary().status() == PanelStatus.DRAWN) {
                add(download(base + "probabilities.csv", "panel.page.file.probabilities"));
            }
        }
    }

    private Anchor download(String href, String key) {
        var link = new Anchor(href, getTranslation(key));
        link.setRouterIgnore(true);
        return link;
    }

    private String percent(double p) {
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f", 100 * p);
    }
}
