package org.civitas.voting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civitas.shared.ui.Fields;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.BallotProject;
import org.civitas.voting.BallotRules;
import org.civitas.voting.PaperBallot;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The marks of one card, in the fields its rule needs: a project per rank on a Kraków card, ticks for approval
 * and knapsack cards, points per project for cumulative ones.
 */
class MarksInput extends FormLayout {

    private final PaperBallot ballot;
    private final List<Select<Long>> ranks = new ArrayList<>();
    private final CheckboxGroup<Long> ticks = new CheckboxGroup<>();
    private final Map<Long, IntegerField> points = new LinkedHashMap<>();

    MarksInput(PaperBallot ballot) {
        this.ballot = ballot;
        List<BallotProject> projects = ballot.pool().projects();
        List<Long> ids = projects.stream().map(BallotProject::id).toList();
        switch (ballot.rule().kind()) {
            case KRAKOW_POINTS -> {
                for (int rank = 1; rank <= Math.min(BallotRules.KRAKOW_POINTS.length, ids.size()); rank++) {
                    var select = new Select<Long>();
                    select.setId("paper-rank-" + rank);
                    select.setLabel(getTranslation("voting.paper.entry.rank", rank));
                    select.setItems(ids);
                    select.setEmptySelectionAllowed(true);
                    select.setItemLabelGenerator(id -> id == null ? "" : title(id));
                    ranks.add(select);
                    add(select);
                }
            }
            case CUMULATIVE -> projects.forEach(p -> {
                var field = Fields.integer(p.title());
                field.setId("paper-points-" + p.id());
                field.setMin(0);
                field.setStepButtonsVisible(true);
                points.put(p.id(), field);
                add(field);
            });
            case APPROVAL, KNAPSACK -> {
                ticks.setId("paper-ticks");
                ticks.setLabel(getTranslation("voting.paper.entry.ticked"));
                ticks.setItems(ids);
                ticks.setItemLabelGenerator(this::title);
                add(ticks);
                setColspan(ticks, 2);
            }
        }
    }

    /** What is filled in, as marks of the batch's pool (possibly breaking the rule: the server decides). */
    List<BallotChoice> marks() {
        long pool = ballot.pool().poolId();
        List<BallotChoice> marks = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            Long id = ranks.get(i).getValue();
            if (id != null) {
                marks.add(new BallotChoice(pool, id, BallotRules.KRAKOW_POINTS[i]));
            }
        }
        ticks.getValue().forEach(id -> marks.add(new BallotChoice(pool, id, 1)));
        points.forEach((id, field) -> {
            if (field.getValue() != null && field.getValue() != 0) {
                marks.add(new BallotChoice(pool, id, field.getValue()));
            }
        });
        return marks;
    }

    void clear() {
        ranks.forEach(Select::clear);
        ticks.clear();
        points.values().forEach(IntegerField::clear);
    }

    /** A card's marks in words, e.g. "Ławki (3), Drzewa (2), Plac zabaw (1)". */
    String describe(List<BallotChoice> marks) {
        return String.join(", ", marks.stream().sorted((a, b) -> b.points() - a.points())
                .map(m -> getTranslation("voting.paper.entry.mark", title(m.proposalId()), m.points())).toList());
    }

    private String title(Long id) {
        return ballot.pool().project(Objects.requireNonNull(id)).map(BallotProject::title).orElse("");
    }
}
