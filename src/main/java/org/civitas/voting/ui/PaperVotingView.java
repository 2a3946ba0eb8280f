package org.civitas.voting.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.PaperBatchSummary;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingRuleException;
import org.civitas.voting.VotingService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * A voting point's page for officials: check a voter and hand out the cards, and open the batches in which the
 * box's cards are entered, pool by pool.
 */
@Route("voting/paper")
@Menu(order = 47, title = "voting.paper.title")
@RolesAllowed("OFFICIAL")
public class PaperVotingView extends VerticalLayout implements HasDynamicTitle {

    private final PaperVotingService paper;
    private final EditionService editions;
    private final DistrictService districts;
    private final Div batches = new Div();
    private final Select<Long> pool = new Select<>();
    private Map<Long, String> pools = Map.of();
    private long editionId;

    PaperVotingView(PaperVotingService paper, VotingService voting, EditionService editions, DistrictService districts) {
        this.paper = paper;
        this.editions = editions;
        this.districts = districts;
        addClassName("civitas-page");
        add(new H1(getTranslation("voting.paper.title")));
        List<EditionSummary> all = editions.editions();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("voting.paper.no-edition")));
            return;
        }
        var edition = org.civitas.shared.ui.IdSelect.of("paper-edition", getTranslation("proposal.catalogue.edition"), all,
                EditionSummary::id, e -> e.label(getLocale(), n -> getTranslation("budget.editions.imported-name", n)));
        edition.addValueChangeListener(e -> {
            editionId = e.getValue();
            showBatches();
        });
        batches.setId("paper-batches");
        add(edition, new IssueForm(identity -> paper.issue(editionId, identity)),
                new H2(getTranslation("voting.paper.batches.title")), batches, newBatch());
        edition.setValue(voting.currentEdition().orElse(EditionSummary.opening(all)));
    }

    private Component newBatch() {
        pool.setId("paper-batch-pool");
        pool.setLabel(getTranslation("voting.paper.batches.pool"));
        pool.setItemLabelGenerator(id -> id == null ? "" : pools.getOrDefault(id, ""));
        var label = new TextField(getTranslation("voting.paper.batches.label"));
        label.setId("paper-batch-label");
        label.setMaxLength(200);
        label.setHelperText(getTranslation("voting.paper.batches.label-help"));
        var open = new Button(getTranslation("voting.paper.batches.open"), e -> {
            try {
                if (pool.getValue() == null) {
                    throw new VotingRuleException("voting.paper.error.pool");
                }
                long id = paper.openBatch(editionId, pool.getValue(), label.getValue());
                getUI().ifPresent(ui -> ui.navigate(PaperBatchView.class, PaperBatchView.parameters(id)));
            } catch (VotingRuleException ex) {
                Notices.refuse(ex);
            }
        });
        open.setId("paper-batch-new");
        var form = new VerticalLayout(new H3(getTranslation("voting.paper.batches.new")), new FormLayout(pool, label), open);
        form.setPadding(false);
        return form;
    }

    private void showBatches() {
        pools = PoolLabels.of(editions.details(editionId), districts, this);
        pool.setItems(List.copyOf(pools.keySet()));
        batches.removeAll();
        try {
            List<PaperBatchSummary> all = paper.batches(editionId);
            if (all.isEmpty()) {
                batches.add(new Paragraph(getTranslation("voting.paper.batches.none")));
            }
            all.forEach(b -> batches.add(card(b)));
        } catch (VotingRuleException e) {
            Notices.refuse(e);
        }
    }

    private Div card(PaperBatchSummary b) {
        var card = new Div(new H3(b.label()), new Paragraph(getTranslation("voting.paper.batch.pool",
                pools.getOrDefault(b.poolId(), ""))), new Paragraph(getTranslation("voting.paper.batch.status",
                getTranslation(b.status().translationKey()))), new Paragraph(roundText(this, b, 1)),
                new Paragraph(roundText(this, b, 2)),
                new RouterLink(getTranslation("voting.paper.batches.show"), PaperBatchView.class, PaperBatchView.parameters(b.id())));
        card.addClassName("civitas-card");
        card.setId("paper-batch-" + b.id());
        return card;
    }

    /** "Round 1: 240 cards by anna@…, finished", or that nobody has started it. */
    static String roundText(Component page, PaperBatchSummary batch, int round) {
        return batch.round(round).map(r -> page.getTranslation(r.finished() ? "voting.paper.round.finished"
                : "voting.paper.round.open", round, r.cards(), r.enteredBy()))
                .orElse(page.getTranslation("voting.paper.round.none", round));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.paper.title");
    }
}
