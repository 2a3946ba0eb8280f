package org.civitas.voting.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civitas.budget.DistrictSummary;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Bar;
import org.civitas.shared.ui.BarChart;
import org.civitas.voting.AgeBand;
import org.civitas.voting.Channel;
import org.civitas.voting.Turnout;

import com.vaadin.flow.component.Component;

/** Turnout as charts: voters by district (and as a share of its residents), by way of voting and by age band. */
final class TurnoutCharts {

    private final Component page;
    private final Locale locale;

    private TurnoutCharts(Component page, Locale locale) {
        this.page = page;
        this.locale = locale;
    }

    /** @param districts the city's districts by id, for their names and populations */
    static List<BarChart> of(Turnout turnout, Map<Long, DistrictSummary> districts, Component page, Locale locale) {
        return new TurnoutCharts(page, locale).charts(turnout, districts);
    }

    private List<BarChart> charts(Turnout turnout, Map<Long, DistrictSummary> districts) {
        List<BarChart> charts = new ArrayList<>();
        List<Turnout.PoolTurnout> districtPools = turnout.pools().stream().filter(p -> p.districtId() != null)
                .filter(p -> districts.containsKey(p.districtId())).toList();
        if (!districtPools.isEmpty()) {
            boolean populations = districtPools.stream().allMatch(p -> districts.get(p.districtId()).population() > 0);
            charts.add(chart("districts", "voting.turnout.district",
                    populations ? "voting.turnout.district-voters" : "voting.turnout.chart.voters",
                    districtBars(districtPools, districts, populations)));
        }
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

    /**
     * One bar per district pool: the people who voted in it (valid and invalid ballots: each voter has one ballot per
     * pool, and the district pools are the districts). With every district's population known, the bars compare
     * turnout as a share of the residents, since Kraków's districts differ fivefold in size; otherwise the plain
     * counts.
     */
    private List<Bar> districtBars(List<Turnout.PoolTurnout> pools, Map<Long, DistrictSummary> districts,
            boolean populations) {
        return pools.stream().map(p -> {
            DistrictSummary district = districts.get(p.districtId());
            String voters = Formats.number(p.cast(), locale);
            if (!populations) {
                return new Bar(district.label(), p.cast(), voters);
            }
            BigDecimal share = BigDecimal.valueOf(p.cast())
                    .divide(BigDecimal.valueOf(district.population()), 6, RoundingMode.DOWN);
            return new Bar(district.label(), share.doubleValue(), page.getTranslation("voting.turnout.district-share",
                    voters, Formats.percent(share, locale), Formats.number(district.population(), locale)));
        }).toList();
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
