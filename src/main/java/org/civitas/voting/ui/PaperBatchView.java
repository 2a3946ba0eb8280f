package org.civitas.voting.ui;

import java.util.OptionalInt;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.PaperBatchStatus;
import org.civitas.voting.PaperBatchSummary;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingRuleException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One batch of paper cards: the official's round to enter or correct, the comparison, and the count. */
@Route("voting/paper/:batch([0-9]{1,18})")
@RolesAllowed("OFFICIAL")
public class PaperBatchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PaperVotingService paper;
    private final EditionService editions;
    private final DistrictService districts;
    private long batchId;
    private String title = "";

    PaperBatchView(PaperVotingService paper, EditionService editions, DistrictService districts) {
        this.paper = paper;
        this.editions = editions;
        this.districts = districts;
        addClassName("civitas-page");
    }

    public static RouteParameters parameters(long batchId) {
        return new RouteParameters("batch", String.valueOf(batchId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        batchId = event.getRouteParameters().getLong("batch").orElse(-1L);
        try {
            show();
        } catch (VotingRuleException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        PaperBatchSummary batch = paper.batch(batchId);
        removeAll();
        title = batch.label();
        String pool = PoolLabels.of(editions.details(batch.editionId()), districts, this).getOrDefault(batch.poolId(), "");
        var status = new Paragraph(getTranslation("voting.paper.batch.status", getTranslation(batch.status().translationKey())));
        status.setId("paper-batch-status");
        add(new RouterLink(getTranslation("voting.paper.batch.back"), PaperVotingView.class), new H1(batch.label()),
                new Paragraph(getTranslation("voting.paper.batch.pool", pool)), status);
        for (int round = 1; round <= 2; round++) {
            add(new Paragraph(PaperVotingView.roundText(this, batch, round)));
        }
        if (!batch.mismatches().isEmpty()) {
            var differ = new Paragraph(getTranslation("voting.paper.batch.mismatches",
                    batch.mismatches().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            differ.setId("paper-mismatches");
            differ.addClassName("civitas-error");
            add(differ);
        }
        switch (batch.status()) {
            case MATCHED -> add(countButton());
            case COUNTED -> add(new Paragraph(getTranslation("voting.paper.batch.counted-text")));
            default -> entry(batch);
        }
    }

    private void entry(PaperBatchSummary batch) {
        OptionalInt round = paper.roundFor(batchId);
        if (round.isEmpty()) {
            add(new Paragraph(getTranslation("voting.paper.batch.not-yours")));
            return;
        }
        int r = round.getAsInt();
        if (batch.round(r).map(p -> p.finished()).orElse(false) && batch.status() == PaperBatchStatus.ENTERING) {
            add(new Paragraph(getTranslation("voting.paper.batch.waiting")));
        }
        add(new CardEntryForm(paper.ballot(batchId, Language.of(getLocale())), r, paper.cards(batchId, r),
                batch.mismatches(), cards -> act(() -> paper.enter(batchId, r, cards), "voting.paper.entry.saved"),
                cards -> act(() -> {
                    paper.enter(batchId, r, cards);
                    paper.finish(batchId, r);
                }, "voting.paper.entry.finished")));
    }

    private Button countButton() {
        var count = new Button(getTranslation("voting.paper.batch.count"), e -> {
            try {
                Notices.success(getTranslation("voting.paper.batch.counted", paper.count(batchId)));
                show();
            } catch (VotingRuleException ex) {
                Notices.refuse(ex);
            }
        });
        count.setId("paper-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return count;
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Notices.success(getTranslation(doneKey));
            show();
        } catch (VotingRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
