package org.civitas.voting.ui;

import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.Channel;
import org.civitas.voting.Turnout;
import org.civitas.voting.TurnoutService;
import org.civitas.voting.VotingRuleException;
import org.civitas.voting.VotingService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Turnout by district (also as a share of its residents), channel and age band, and per pool, in figures and charts:
 * live for officials during the vote, for everyone after it has closed.
 */
@Route("turnout/:edition?([0-9]{1,18})")
@Menu(order = 16, title = "voting.turnout.title")
@AnonymousAllowed
public class TurnoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TurnoutService turnout;
    private final VotingService voting;
    private final DistrictService districts;

    TurnoutView(TurnoutService turnout, VotingService voting, DistrictService districts) {
        this.turnout = turnout;
        this.voting = voting;
        this.districts = districts;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("voting.turnout.title")));
        var edition = event.getRouteParameters().getLong("edition").or(() -> voting.currentEdition().map(Long::valueOf));
        if (edition.isEmpty()) {
            add(new Paragraph(getTranslation("voting.booth.no-vote")));
            return;
        }
        try {
            show(turnout.turnout(edition.get()));
        } catch (VotingRuleException e) {
            var later = new Paragraph(Notices.text(e));
            later.setId("turnout-later");
            add(later);
        } catch (java.util.NoSuchElementException unknown) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(Turnout t) {
        var total = new Paragraph(getTranslation("voting.turnout.voters", Formats.number(t.totalVoters(), getLocale()),
                Formats.number(t.voters().get(Channel.ONLINE), getLocale()),
                Formats.number(t.voters().get(Channel.PAPER), getLocale())));
        total.setId("turnout-total");
        add(new Paragraph(getTranslation(t.closed() ? "voting.turnout.final" : "voting.turnout.live")), total);
        // the charts first: on a phone they read better than the grid, which adds the invalid ballots
        Map<Long, DistrictSummary> byId = districts.all().stream()
                .collect(Collectors.toMap(DistrictSummary::id, d -> d));
        TurnoutCharts.of(t, byId, this, getLocale()).forEach(this::add);
        var grid = new Grid<Turnout.PoolTurnout>();
        grid.setId("turnout-pools");
        grid.addColumn(this::poolLabel).setHeader(getTranslation("voting.turnout.pool")).setFlexGrow(2);
        grid.addColumn(p -> Formats.number(p.valid(), getLocale())).setHeader(getTranslation("voting.turnout.valid"));
        grid.addColumn(p -> Formats.number(p.invalid(), getLocale())).setHeader(getTranslation("voting.turnout.invalid"));
        grid.setItems(t.pools());
        grid.setAllRowsVisible(true);
        add(grid);
        if (t.closed()) {
            add(new Anchor("api/v1/editions/" + t.editionId() + "/receipts", getTranslation("voting.turnout.receipts")));
        }
    }

    private String poolLabel(Turnout.PoolTurnout pool) {
        return pool.districtId() == null ? getTranslation("voting.turnout.city")
                : districts.find(pool.districtId()).map(DistrictSummary::label).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.turnout.title");
    }
}
