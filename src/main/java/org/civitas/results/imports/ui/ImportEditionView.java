package org.civitas.results.imports.ui;

import org.civitas.budget.CountingRule;
import org.civitas.results.imports.FileRule;
import org.civitas.results.imports.ImportPreview;
import org.civitas.results.imports.ImportRefusedException;
import org.civitas.results.imports.ImportedPastEdition;
import org.civitas.results.imports.PabulibImportService;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * An official uploads a pabulib file, sees what it holds, and imports it as a past edition for demos and
 * simulations. The file stays in memory until it is imported or another one replaces it.
 */
@Route("editions/import")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class ImportEditionView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_MEGABYTES = 50;

    private final PabulibImportService imports;
    private final Div outcome = new Div();
    private byte[] file;
    private String fileName;

    ImportEditionView(PabulibImportService imports) {
        this.imports = imports;
        addClassName("civitas-page");
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            // the upload request does not hold the session's lock; the UI is changed under it
            ui.access(() -> {
                received(metadata.fileName(), bytes);
                upload.clearFileList();
            });
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".pb");
        upload.addFileRejectedListener(e -> refused(getTranslation("results.import.rejected", MAX_MEGABYTES)));
        outcome.setId("import-outcome");
        add(new H1(getTranslation("results.import.title")),
                new Paragraph(getTranslation("results.import.intro", MAX_MEGABYTES)), upload, outcome);
    }

    /** Takes a file the browser sent; package-private so that tests hand one in without a browser. */
    void received(String name, byte[] bytes) {
        outcome.removeAll();
        try {
            ImportPreview preview = imports.preview(bytes, name);
            file = bytes;
            fileName = name;
            showPreview(preview);
        } catch (ImportRefusedException e) {
            refused(e);
        }
    }

    private void showPreview(ImportPreview preview) {
        FileRule rule = preview.rule();
        var facts = new UnorderedList(
                new ListItem(getTranslation("results.import.name", preview.name())),
                new ListItem(preview.district() ? getTranslation("results.import.pool-district", preview.area())
                        : getTranslation("results.import.pool", preview.area())),
                new ListItem(getTranslation("results.import.vote-type", preview.voteType())),
                new ListItem(getTranslation("results.import.projects", preview.projects(), preview.withdrawn())),
                new ListItem(getTranslation("results.import.ballots", preview.ballots())),
                new ListItem(getTranslation("results.import.rule", getTranslation(rule.counting().translationKey()))));
        if (rule.counting() == CountingRule.POINTS) {
            facts.add(new ListItem(getTranslation("results.import.min-points", rule.minPoints())));
        }
        facts.setId("import-preview");
        var confirm = new Button(getTranslation("results.import.confirm"), e -> importFile());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        outcome.add(new H2(getTranslation("results.import.preview")), facts);
        if (!rule.reproduced()) {
            var differs = new Paragraph(getTranslation("results.import.rule-differs", rule.name()));
            differs.setId("import-rule-differs");
            differs.addClassName("civitas-warning");
            outcome.add(differs);
        }
        outcome.add(confirm);
    }

    private void importFile() {
        try {
            ImportedPastEdition edition = imports.importFile(file, fileName);
            outcome.removeAll();
            var done = new Paragraph(getTranslation("results.import.done", edition.name(), edition.projects(),
                    edition.ballots()));
            done.setId("import-done");
            var link = new Anchor("editions/manage/" + edition.editionId(), getTranslation("results.import.open"));
            link.setId("import-edition-link");
            outcome.add(done, link);
            Notices.success(getTranslation("results.import.done-short"));
        } catch (ImportRefusedException e) {
            outcome.removeAll();
            refused(e);
        } finally {
            file = null;
        }
    }

    private void refused(ImportRefusedException e) {
        refused(e.problem().map(p -> getTranslation(e.messageKey(), e.arguments()[0], getTranslation(p.key(),
                p.arguments()))).orElseGet(() -> Notices.text(e)));
    }

    private void refused(String text) {
        var error = new Paragraph(text);
        error.setId("import-error");
        error.addClassName("civitas-error");
        outcome.add(error);
        Notices.error(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.import.title");
    }
}
