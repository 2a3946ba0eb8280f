package org.civitas.voting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.civitas.shared.Formats;
import org.civitas.shared.ui.Bar;
import org.civitas.shared.ui.BarChart;
import org.civitas.voting.AgeBand;
import org.civitas.voting.Channel;
import org.civitas.voting.Turnout;

import com.vaadin.flow.component.Component;

/** Turnout as charts: valid ballots per pool (so per district), voters by way of voting and by age band. */
final class TurnoutCharts {

    private final Component page;
    private final Locale locale;

    private TurnoutCharts(Component page, Locale locale) {
        this.page = page;
        this.locale = locale;
    }

    static List<BarChart> of(Turnout turnout, Function<Turnout.PoolTurnout, String> poolLabel, Component page,
            Locale locale) {
        return new TurnoutCharts(page, locale).charts(turnout, poolLabel);
    }

    private List<BarChart> charts(Turnout turnout, Function<Turnout.PoolTurnout, String> poolLabel) {
        List<BarChart> charts = new ArrayList<>();
        charts.add(chart("pools", "voting.turnout.pool", "voting.turnout.valid",
                turnout.pools().stream().map(p -> bar(poolLabel.apply(p), p.valid())).toList()));
        charts.add(chart("channels", "voting.turnout.chart.channel", "voting.turnout.chart.voters",
                List.of(Channel.values()).stream().map(c -> bar(capitalised(page.getTranslation(c.translationKey())),
                        turnout.voters().getOrDefault(c, 0))).toList()));
        if (!turnout.ageBands().isEmpty()) {
            // the band under 18 only exists in an edition open to minors; elsewhere it would be a needless zero
            charts.add(chart("ages", "voting.turnout.chart.age", "voting.turnout.chart.voters",
                    List.of(AgeBand.values()).stream()
                            .filter(b -> b != AgeBand.UNDER_18 || turnout.ageBands().containsKey(b))
                            .map(b -> bar(b.label(), turnout.ageBands().getOrDefault(b, 0))).toList()));
        }
        return charts;
    }

    private BarChart chart(String name, String labelHeader, String valueHeader, List<Bar> bars) {
        var chart = new BarChart(page.getTranslation("voting.turnout.chart." + name), bars)
                .withHeaders(page.getTranslation(labelHeader), page.getTranslation(valueHeader));
        chart.setId("turnout-chart-" + name);
        return chart;
    }

    /** The channel names are written to stand inside a sentence ("2 online"); a chart's row starts with them. */
    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private Bar bar(String label, int count) {
        return new Bar(label, count, Formats.number(count, locale));
    }
}
