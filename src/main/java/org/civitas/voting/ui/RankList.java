package org.civitas.voting.ui;

import java.util.ArrayList;
import java.util.List;

import org.civitas.voting.BallotRules;
import org.civitas.voting.PoolBallot;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The chosen projects of a ranked pool in their order, with their points; the voter moves them up and down. */
class RankList extends Div {

    private final PoolBallot pool;
    private final Runnable onChange;
    private final List<Long> order = new ArrayList<>();

    RankList(PoolBallot pool, Runnable onChange) {
        this.pool = pool;
        this.onChange = onChange;
        setId("rank-list");
        addClassName("civitas-rank-list");
        show();
    }

    void add(long id) {
        if (!order.contains(id)) {
            order.add(id);
        }
        show();
    }

    void remove(long id) {
        order.remove(id);
        show();
    }

    List<Long> order() {
        return List.copyOf(order);
    }

    private void show() {
        removeAll();
        if (order.isEmpty()) {
            add(new Span(getTranslation("voting.booth.rank-empty")));
        }
        for (int i = 0; i < order.size(); i++) {
            long id = order.get(i);
            String title = pool.project(id).map(p -> p.title()).orElse("");
            var label = new Span(getTranslation("voting.booth.rank", i + 1, BallotRules.KRAKOW_POINTS[i], title));
            label.setId("rank-" + (i + 1));
            var up = move(id, -1, VaadinIcon.ARROW_UP, "voting.booth.up");
            up.setId("rank-up-" + id);
            up.setEnabled(i > 0);
            var down = move(id, 1, VaadinIcon.ARROW_DOWN, "voting.booth.down");
            down.setId("rank-down-" + id);
            down.setEnabled(i < order.size() - 1);
            var row = new HorizontalLayout(label, up, down);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.expand(label);
            add(row);
        }
    }

    private Button move(long id, int by, VaadinIcon icon, String key) {
        var button = new Button(icon.create(), e -> {
            int at = order.indexOf(id);
            order.remove(at);
            order.add(at + by, id);
            show();
            onChange.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key));
        return button;
    }
}
