package org.civitas.voting.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.shared.Formats;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.BallotProject;
import org.civitas.voting.BallotRules;
import org.civitas.voting.PickLimits;
import org.civitas.voting.PoolBallot;
import org.civitas.voting.VotingRuleException;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * One pool's projects, to pick (and rank, or give points) within the rule's limits. It offers only what the rule
 * allows: a box is disabled once the maximum is reached, a project that no longer fits the money is disabled,
 * and points cannot exceed what is left, so the booth cannot produce an invalid ballot.
 */
class PoolPicker extends VerticalLayout {

    private final BallotRule rule;
    private final PoolBallot pool;
    private final PickLimits limits;
    private final Map<Long, Integer> marks = new LinkedHashMap<>();
    private final Map<Long, Checkbox> boxes = new HashMap<>();
    private final Map<Long, IntegerField> pointFields = new HashMap<>();
    private final RankList ranks;
    private final Span status = new Span();
    private final Runnable onChange;

    PoolPicker(BallotRule rule, PoolBallot pool, List<BallotChoice> earlier, Runnable onChange) {
        this.rule = rule;
        this.pool = pool;
        this.limits = BallotRules.limits(rule, pool);
        this.onChange = onChange;
        this.ranks = new RankList(pool, this::changed);
        setPadding(false);
        status.setId("pick-status");
        status.addClassName("civitas-lead");
        add(new Paragraph(getTranslation(instructionKey(), limits.max(), limits.points(),
                limits.money() == null ? "" : Formats.money(limits.money(), getLocale()))));
        if (pool.projects().isEmpty()) {
            add(new Paragraph(getTranslation("voting.booth.no-projects")));
        }
        if (limits.ranked()) {
            add(ranks);
        }
        add(status);
        pool.projects().forEach(p -> add(card(p)));
        earlier.forEach(c -> restore(c));
        changed();
    }

    private String instructionKey() {
        if (limits.ranked()) {
            return "voting.booth.pick-ranked";
        }
        return switch (rule.kind()) {
            case CUMULATIVE -> "voting.booth.pick-points";
            case KNAPSACK -> "voting.booth.pick-money";
            default -> "voting.booth.pick-approval";
        };
    }

    private Div card(BallotProject project) {
        var card = new Div();
        card.addClassName("civitas-card");
        card.addClassName("civitas-ballot-project");
        String cost = Formats.money(project.cost(), getLocale());
        var details = new Anchor("proposals/" + project.id(), getTranslation("voting.booth.details"));
        details.setTarget(AnchorTarget.BLANK);
        if (rule.kind() == BallotRule.Kind.CUMULATIVE) {
            var points = new IntegerField(project.title());
            points.setId("points-" + project.id());
            points.setMin(0);
            points.setStepButtonsVisible(true);
            points.setValue(0);
            points.setWidthFull();
            points.addValueChangeListener(e -> setPoints(project.id(), e.getValue() == null ? 0 : e.getValue()));
            pointFields.put(project.id(), points);
            card.add(points);
        } else {
            var box = new Checkbox(project.title());
            box.setId("pick-" + project.id());
            box.addValueChangeListener(e -> toggle(project.id(), e.getValue()));
            boxes.put(project.id(), box);
            card.add(box);
        }
        card.add(new Paragraph(cost + " · " + project.summary()), details);
        return card;
    }

    private void restore(BallotChoice choice) {
        if (rule.kind() == BallotRule.Kind.CUMULATIVE) {
            pointFields.get(choice.proposalId()).setValue(choice.points());
        } else {
            boxes.get(choice.proposalId()).setValue(true);
        }
    }

    private void toggle(long id, boolean chosen) {
        if (chosen) {
            marks.put(id, 1);
            if (limits.ranked()) {
                ranks.add(id);
            }
        } else {
            marks.remove(id);
            ranks.remove(id);
        }
        changed();
    }

    private void setPoints(long id, int points) {
        if (points <= 0) {
            marks.remove(id);
        } else {
            marks.put(id, points);
        }
        changed();
    }

    private void changed() {
        boolean full = marks.size() >= limits.max();
        BigDecimal left = limits.money() == null ? null : limits.money().subtract(BallotRules.cost(pool, marks()));
        boxes.forEach((id, box) -> box.setEnabled(marks.containsKey(id) || !full && fits(id, left)));
        if (limits.points() != null) {
            int free = limits.points() - marks.values().stream().mapToInt(Integer::intValue).sum();
            pointFields.forEach((id, field) -> field.setMax(marks.getOrDefault(id, 0) + free));
        }
        status.setText(statusText(left));
        onChange.run();
    }

    private boolean fits(long id, BigDecimal left) {
        return left == null || pool.project(id).map(p -> p.cost().compareTo(left) <= 0).orElse(false);
    }

    private String statusText(BigDecimal left) {
        if (limits.points() != null) {
            int used = marks.values().stream().mapToInt(Integer::intValue).sum();
            return getTranslation("voting.booth.points-left", limits.points() - used, limits.points());
        }
        if (left != null) {
            return getTranslation("voting.booth.money-left", Formats.money(left, getLocale()), marks.size());
        }
        return getTranslation("voting.booth.chosen", marks.size(), limits.max());
    }

    /** The marks as a ballot holds them: by rank for a ranked pool (3, 2, 1 points). */
    List<BallotChoice> marks() {
        if (limits.ranked()) {
            List<BallotChoice> ranked = new ArrayList<>();
            List<Long> order = ranks.order();
            for (int i = 0; i < order.size(); i++) {
                ranked.add(new BallotChoice(pool.poolId(), order.get(i), BallotRules.KRAKOW_POINTS[i]));
            }
            return ranked;
        }
        return marks.entrySet().stream().map(e -> new BallotChoice(pool.poolId(), e.getKey(), e.getValue())).toList();
    }

    /** Empty when the pool's marks keep the rule; else the refusal to show beside the Next button. */
    java.util.Optional<VotingRuleException> problem() {
        try {
            BallotRules.checkPool(rule, pool, marks());
            return java.util.Optional.empty();
        } catch (VotingRuleException e) {
            return java.util.Optional.of(e);
        }
    }
}
