package org.civitas.panel.ui;

import java.util.List;

import org.civitas.panel.FeatureCount;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The pool against the quotas: per feature its seats and how many volunteers have it, short ones flagged. */
class PoolPart extends VerticalLayout {

    PoolPart(long volunteers, List<FeatureCount> counts) {
        setPadding(false);
        var total = new Paragraph(getTranslation("panel.pool.total", volunteers));
        total.setId("panel-pool-total");
        var grid = new Grid<FeatureCount>();
        grid.addColumn(FeatureCount::category).setHeader(getTranslation("panel.quota.category"));
        grid.addColumn(FeatureCount::feature).setHeader(getTranslation("panel.quota.feature"));
        grid.addColumn(c -> c.min() + "–" + c.max()).setHeader(getTranslation("panel.pool.seats"));
        grid.addColumn(FeatureCount::volunteers).setHeader(getTranslation("panel.pool.volunteers"));
        grid.addColumn(c -> c.volunteers() < c.min() ? getTranslation("panel.pool.short") : "")
                .setHeader(getTranslation("panel.pool.check"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        grid.setId("panel-pool-counts");
        add(new H2(getTranslation("panel.pool.counts")), total, grid);
    }
}
