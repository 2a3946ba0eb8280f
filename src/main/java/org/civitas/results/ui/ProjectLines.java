package org.civitas.results.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civitas.results.Outcome;
import org.civitas.results.ProjectResult;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Projects as short stacked lines (title; points, ballots and cost; the outcome and why; under Equal Shares the
 * effective support), which read as well on a 360 px phone as on a desk, where a wide table would not.
 */
class ProjectLines extends VerticalLayout {

    ProjectLines(List<ProjectResult> projects, boolean equalShares) {
        setPadding(false);
        setSpacing(false);
        addClassName("results-projects");
        projects.forEach(p -> add(line(p, equalShares)));
    }

    private Component line(ProjectResult p, boolean equalShares) {
        Locale locale = getLocale();
        var title = new Span(p.position() + ". " + p.title());
        title.getStyle().set("font-weight", "600");
        var figures = new Span(getTranslation("results.project.figures", Formats.number(p.points(), locale),
                Formats.number(p.ballots(), locale), Formats.money(p.cost(), locale)));
        var outcome = new Span(reason(p, equalShares));
        outcome.addClassName(p.outcome().funded() ? "results-funded" : "results-not-funded");
        outcome.getStyle().set("color", p.outcome().funded() ? "var(--lumo-success-text-color)"
                : "var(--lumo-secondary-text-color)");
        var line = new Div(title, new Div(figures), new Div(outcome));
        if (equalShares) {
            effectiveSupport(p).ifPresent(text -> line.add(new Div(new Span(text))));
        }
        line.setId("result-" + p.proposalId());
        line.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("width", "100%");
        return line;
    }

    /** In voters for a funded project; for one left out, the share of its cost its supporters could still pay. */
    private Optional<String> effectiveSupport(ProjectResult p) {
        if (p.effectiveSupport() != null) {
            return Optional.of(getTranslation("results.project.effective-support",
                    Formats.decimal(p.effectiveSupport(), getLocale())));
        }
        return Optional.ofNullable(p.costCovered()).map(share -> getTranslation(
                "results.project.effective-support-share", Formats.percent(share, getLocale())));
    }

    private String reason(ProjectResult p, boolean equalShares) {
        String money = p.moneyLeft() == null ? "" : Formats.money(p.moneyLeft(), getLocale());
        if (p.outcome() == Outcome.FUNDED && p.moneyLeft() != null) {
            return getTranslation("results.project.funded-left",
                    Formats.money(p.moneyLeft().subtract(p.cost()), getLocale()));
        }
        if (equalShares && p.outcome() == Outcome.NOT_ENOUGH_POINTS && p.moneyLeft() != null) {
            // Equal Shares did not rank it by points: its supporters' shares ran short of its cost
            return getTranslation("results.reason.supporters-short", money, Formats.money(p.cost(), getLocale()));
        }
        if (p.outcome() == Outcome.BELOW_THRESHOLD && p.points() > 0) {
            // an imported file's threshold may be above Kraków's one point
            return getTranslation("results.reason.below-threshold-points", Formats.number(p.points(), getLocale()));
        }
        return getTranslation(p.outcome().translationKey(), money);
    }
}
