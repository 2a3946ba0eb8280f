package org.civitas.panel.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.civitas.panel.Deliberation;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.MemberRole;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

/** The materials, and for experts, moderators and coordinators the form that adds one (a link, a PDF or both). */
class MaterialsTab extends VerticalLayout {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private byte[] pdf;
    private String fileName;

    MaterialsTab(long panelId, Deliberation.Participant me, DeliberationService service,
            Act act) {
        setPadding(false);
        add(new MaterialsPart(panelId, service.materials(panelId)));
        if (me.may(MemberRole.EXPERT, MemberRole.MODERATOR)) {
            add(form(panelId, service, act));
        }
    }

    private Details form(long panelId, DeliberationService service, Act act) {
        var title = new TextField(getTranslation("panel.materials.title-field"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("material-title");
        var summary = new TextArea(getTranslation("panel.materials.summary-field"));
        summary.setMaxLength(4000);
        summary.setWidthFull();
        var link = new TextField(getTranslation("panel.materials.link-field"));
        link.setMaxLength(1000);
        link.setWidthFull();
        link.setId("material-link");
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            pdf = read(buffer.getInputStream());
            fileName = e.getFileName();
        });
        upload.addFileRejectedListener(e -> org.civitas.shared.ui.Notices.error(
                getTranslation("panel.error.material-not-pdf", MAX_BYTES / (1024 * 1024))));
        var save = new Button(getTranslation("panel.materials.save"), e -> act.run(() -> service.addMaterial(panelId,
                new Deliberation.NewMaterial(title.getValue(), summary.getValue(), link.getValue(), fileName, pdf)),
                "panel.materials.saved"));
        save.setId("material-save");
        return new Details(getTranslation("panel.materials.new"), new VerticalLayout(title, summary, link,
                new Paragraph(getTranslation("panel.materials.pdf")), upload, save));
    }

    private static byte[] read(InputStream in) {
        try (in; var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
