package org.civitas.proposal.ui;

import java.util.List;

import org.civitas.proposal.MergeService;
import org.civitas.proposal.MyProposal;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * For an author whose own proposal says much the same: ask this proposal's author to join theirs into it.
 * Shown only when the reader has such a proposal.
 */
class MergeOffer extends Details {

    MergeOffer(MergeService merges, long intoId, List<MyProposal> candidates) {
        setSummaryText(getTranslation("proposal.merge.offer"));
        setId("merge-offer");
        var mine = new Select<Long>();
        mine.setId("merge-from");
        mine.setLabel(getTranslation("proposal.merge.mine"));
        mine.setItems(candidates.stream().map(MyProposal::id).toList());
        mine.setItemLabelGenerator(id -> candidates.stream().filter(c -> c.id() == id).findFirst()
                .map(MyProposal::title).orElse(""));
        mine.setValue(candidates.get(0).id());
        var ask = new Button(getTranslation("proposal.merge.ask"), e -> {
            try {
                merges.propose(mine.getValue(), intoId);
                Notices.success(getTranslation("proposal.merge.asked"));
            } catch (ProposalRuleException ex) {
                Notices.refuse(ex);
            }
        });
        ask.setId("merge-ask");
        var content = new VerticalLayout(new Paragraph(getTranslation("proposal.merge.explain")), mine, ask);
        content.setPadding(false);
        add(content);
    }
}
