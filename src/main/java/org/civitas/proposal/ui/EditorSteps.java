package org.civitas.proposal.ui;

import org.civitas.proposal.AttachmentService;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.CoAuthorService;
import org.civitas.proposal.EditableProposal;
import org.springframework.stereotype.Component;

/** Makes the editor's steps that need services of their own, so the editor view keeps few dependencies. */
@Component
class EditorSteps {

    private final CoAuthorService coAuthors;
    private final AttachmentService attachments;
    private final CatalogueService catalogue;
    private final ProposalImages images;

    EditorSteps(CoAuthorService coAuthors, AttachmentService attachments, CatalogueService catalogue,
            ProposalImages images) {
        this.coAuthors = coAuthors;
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.images = images;
    }

    AttachmentStep attachments(EditableProposal p) {
        return new AttachmentStep(attachments, images, p.id());
    }

    CoAuthorStep coAuthors(EditableProposal p) {
        return new CoAuthorStep(coAuthors, p.id(), p.coAuthors());
    }

    SubmitStep submit(EditableProposal p) {
        return new SubmitStep(catalogue, p.form(), p.id(), p.editionId());
    }
}
