package org.civitas.proposal.ui;

import java.io.ByteArrayInputStream;

import org.civitas.proposal.AttachmentService;
import org.civitas.proposal.AttachmentSummary;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Pictures and files of proposals as page elements; the bytes are fetched when the browser asks for them. */
@Component
class ProposalImages {

    private final AttachmentService attachments;

    ProposalImages(AttachmentService attachments) {
        this.attachments = attachments;
    }

    Image thumbnail(long attachmentId, String altText) {
        var image = new Image(DownloadHandler.fromInputStream(event -> attachments.thumbnail(attachmentId)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "thumbnail-" + attachmentId + ".jpg",
                        "image/jpeg", bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))).inline(), altText);
        image.addClassName("civitas-thumbnail");
        return image;
    }

    Image picture(AttachmentSummary a) {
        var image = new Image(file(a.id()).inline(), a.altText());
        image.addClassName("civitas-picture");
        return image;
    }

    Anchor download(AttachmentSummary a, String text) {
        var link = new Anchor(file(a.id()), text);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private com.vaadin.flow.server.streams.InputStreamDownloadHandler file(long attachmentId) {
        return DownloadHandler.fromInputStream(event -> attachments.file(attachmentId)
                .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(),
                        f.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }
}
