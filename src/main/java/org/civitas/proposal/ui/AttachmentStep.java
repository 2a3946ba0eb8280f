package org.civitas.proposal.ui;

import org.civitas.proposal.AttachmentService;
import org.civitas.proposal.AttachmentSummary;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.internal.AttachmentInspector;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Step 4: pictures and PDFs. The description of a picture (its alternative text) is asked before the upload,
 * so no picture is ever saved without one; the server checks every file's content.
 */
class AttachmentStep extends VerticalLayout {

    private final AttachmentService attachments;
    private final ProposalImages images;
    private final long proposalId;
    private final Div list = new Div();
    private final TextField altText = new TextField();

    AttachmentStep(AttachmentService attachments, ProposalImages images, long proposalId) {
        this.attachments = attachments;
        this.images = images;
        this.proposalId = proposalId;
        setPadding(false);
        altText.setId("attachment-alt");
        altText.setLabel(getTranslation("proposal.attachment.alt"));
        altText.setHelperText(getTranslation("proposal.attachment.alt-help"));
        altText.setMaxLength(300);
        altText.setWidthFull();
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            // the upload request does not hold the session's lock; the UI is changed under it
            ui.access(() -> {
                received(metadata.fileName(), bytes);
                upload.clearFileList(); // ready for the next file
            });
        }));
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AttachmentInspector.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes(AttachmentInspector.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("proposal.attachment.too-big",
                AttachmentInspector.MAX_PDF_MEGABYTES)));
        list.setId("attachment-list");
        add(new Paragraph(getTranslation("proposal.attachment.intro", AttachmentInspector.MAX_IMAGE_MEGABYTES,
                AttachmentInspector.MAX_PDF_MEGABYTES)), altText, upload, list);
        showList();
    }

    /** Takes a file the browser sent; public so that tests can hand one in without a browser. */
    void received(String fileName, byte[] bytes) {
        try {
            attachments.add(proposalId, fileName, bytes, altText.getValue());
            altText.clear();
            Notices.success(getTranslation("proposal.attachment.added"));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
        showList();
    }

    private void showList() {
        list.removeAll();
        for (AttachmentSummary a : attachments.of(proposalId)) {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                attachments.remove(proposalId, a.id());
                showList();
            });
            remove.setAriaLabel(getTranslation("proposal.attachment.remove", a.fileName()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var row = new HorizontalLayout();
            row.setAlignItems(Alignment.CENTER);
            row.setWrap(true);
            if (a.hasThumbnail()) {
                row.add(images.thumbnail(a.id(), a.altText()));
            }
            row.add(new Span(a.fileName()), remove);
            list.add(row);
        }
    }
}
