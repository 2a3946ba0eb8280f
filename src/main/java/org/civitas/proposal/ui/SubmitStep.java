package org.civitas.proposal.ui;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;

import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.Complete;
import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.SimilarProposal;
import org.civitas.shared.ui.Validators;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * Step 7: before submitting, what is still missing (in the page's language) and the edition's proposals that
 * look like this one, so that a resident can support an existing proposal instead of writing a duplicate.
 */
class SubmitStep extends VerticalLayout {

    private final CatalogueService catalogue;
    private final ProposalForm form;
    private final long proposalId;
    private final long editionId;

    SubmitStep(CatalogueService catalogue, ProposalForm form, long proposalId, long editionId) {
        this.catalogue = catalogue;
        this.form = form;
        this.proposalId = proposalId;
        this.editionId = editionId;
        setPadding(false);
    }

    /** Checks again each time the step is opened. @return whether nothing is missing */
    boolean refresh() {
        removeAll();
        var missing = Validators.in(getLocale()).validate(form, Default.class, Complete.class).stream()
                .map(ConstraintViolation::getMessage).distinct().sorted().toList();
        if (missing.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.submit.complete")));
        } else {
            add(new H2(getTranslation("proposal.submit.missing")), list(missing, "submit-missing"));
        }
        List<SimilarProposal> similar = catalogue.similar(editionId, proposalId, form.getTitle() + " " + form.getSummary());
        if (!similar.isEmpty()) {
            var links = new UnorderedList();
            links.setId("similar-proposals");
            similar.forEach(s -> links.add(new ListItem(new RouterLink(s.title() + " (" + getTranslation(
                    s.status().translationKey()) + ")", ProposalView.class, ProposalView.parameters(s.id())))));
            add(new H2(getTranslation("proposal.submit.similar")),
                    new Paragraph(getTranslation("proposal.submit.similar-help")), links);
        }
        return missing.isEmpty();
    }

    private static UnorderedList list(List<String> items, String id) {
        var list = new UnorderedList();
        list.setId(id);
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }
}
