package org.civitas.voting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.civitas.shared.ui.Notices;
import org.civitas.voting.InvalidReason;
import org.civitas.voting.PaperBallot;
import org.civitas.voting.PaperCard;
import org.civitas.voting.VotingRuleException;
import org.civitas.voting.internal.PaperCards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * One official's round of a batch: the cards in the order they come off the stack. Each card is checked against
 * the rule as it is added, so a card that breaks it is entered as invalid at once. Choosing a card in the list
 * replaces it with the next one added, which is how a mismatch is corrected. Nothing is stored until Save.
 */
class CardEntryForm extends VerticalLayout {

    private final PaperBallot ballot;
    private final List<Integer> mismatches;
    private final List<PaperCard> cards;
    private final MarksInput marks;
    private final Select<InvalidReason> reason = new Select<>();
    private final Grid<Integer> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    CardEntryForm(PaperBallot ballot, int round, List<PaperCard> entered, List<Integer> mismatches,
            Consumer<List<PaperCard>> save, Consumer<List<PaperCard>> finish) {
        this.ballot = ballot;
        this.mismatches = mismatches;
        this.cards = new ArrayList<>(entered);
        this.marks = new MarksInput(ballot);
        setPadding(false);
        count.setId("paper-card-count");
        var addMarked = new Button(getTranslation("voting.paper.entry.add"), e -> add(PaperCard.marked(marks.marks())));
        addMarked.setId("paper-add-card");
        addMarked.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reason.setId("paper-invalid-reason");
        reason.setLabel(getTranslation("voting.paper.entry.invalid-reason"));
        reason.setItems(InvalidReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.translationKey()));
        var addInvalid = new Button(getTranslation("voting.paper.entry.add-invalid"), e -> addInvalid());
        addInvalid.setId("paper-add-invalid");
        var invalid = new HorizontalLayout(reason, addInvalid);
        invalid.setAlignItems(FlexComponent.Alignment.BASELINE);
        invalid.setWrap(true);
        var remove = new Button(getTranslation("voting.paper.entry.remove"), e -> removeChosen());
        remove.setId("paper-remove-card");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var saveButton = new Button(getTranslation("voting.paper.entry.save"), e -> save.accept(List.copyOf(cards)));
        saveButton.setId("paper-save");
        var finishButton = new Button(getTranslation("voting.paper.entry.finish"), e -> finish.accept(List.copyOf(cards)));
        finishButton.setId("paper-finish");
        finishButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        var actions = new HorizontalLayout(saveButton, finishButton);
        actions.setWrap(true);
        add(new H2(getTranslation("voting.paper.entry.round", round)), new Paragraph(getTranslation("voting.paper.entry.intro")),
                marks, addMarked, invalid, count, grid, remove, actions);
        setUpGrid();
        refresh();
    }

    private void setUpGrid() {
        grid.setId("paper-cards");
        grid.addColumn(i -> i + 1).setHeader(getTranslation("voting.paper.entry.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> describe(cards.get(i))).setHeader(getTranslation("voting.paper.entry.card"));
        grid.addColumn(i -> mismatches.contains(i + 1) ? getTranslation("voting.paper.entry.differs") : "")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("20em");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Notices.success(getTranslation("voting.paper.entry.replacing", e.getValue() + 1));
            }
        });
    }

    private void addInvalid() {
        if (reason.getValue() == null) {
            Notices.refuse(new VotingRuleException("voting.paper.error.reason"));
            return;
        }
        add(PaperCard.invalid(reason.getValue()));
    }

    private void add(PaperCard card) {
        try {
            PaperCards.check(ballot.rule(), ballot.pool(), List.of(card));
        } catch (VotingRuleException e) {
            Notices.error(getTranslation("voting.paper.entry.enter-invalid", Notices.text(e)));
            return;
        }
        Integer chosen = grid.asSingleSelect().getValue();
        if (chosen == null) {
            cards.add(card);
        } else {
            cards.set(chosen, card);
        }
        marks.clear();
        reason.clear();
        refresh();
    }

    private void removeChosen() {
        Integer chosen = grid.asSingleSelect().getValue();
        if (chosen == null && !cards.isEmpty()) {
            chosen = cards.size() - 1;
        }
        if (chosen != null) {
            cards.remove((int) chosen);
            refresh();
        }
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        // newest first: the card just typed is the one to check against the paper in hand
        grid.setItems(IntStream.range(0, cards.size()).map(i -> cards.size() - 1 - i).boxed().toList());
        count.setText(getTranslation("voting.paper.entry.count", cards.size()));
    }

    private String describe(PaperCard card) {
        return card.valid() ? marks.describe(card.marks())
                : getTranslation("voting.paper.entry.invalid", getTranslation(card.invalid().translationKey()));
    }
}
