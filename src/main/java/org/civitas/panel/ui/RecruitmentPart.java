package org.civitas.panel.ui;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.AddressImport;
import org.civitas.panel.InvitationBatch;
import org.civitas.panel.LetterTexts;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.Recruitment;
import org.civitas.panel.RecruitmentService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Recruitment by letter on the coordinator's desk: the address list's upload, the draw of an invitation batch with
 * a seed, each batch's mailing file and letters, and how many of those invited registered with their code.
 */
class RecruitmentPart extends VerticalLayout {

    private final RecruitmentService recruitment;
    private final long panelId;
    private final boolean recruiting;
    private final Paragraph outcome = new Paragraph();

    RecruitmentPart(RecruitmentService recruitment, long panelId, boolean recruiting) {
        this.recruitment = recruitment;
        this.panelId = panelId;
        this.recruiting = recruiting;
        setPadding(false);
        outcome.setId("recruitment-outcome");
        show();
    }

    private void show() {
        removeAll();
        Recruitment state = recruitment.recruitment(panelId);
        var summary = new Paragraph(getTranslation("panel.recruitment.summary", state.addresses(), state.notInvited(),
                state.invited(), state.registered(), String.format(getLocale(), "%.1f", state.responsePercent())));
        summary.setId("recruitment-summary");
        add(new H2(getTranslation("panel.recruitment.title")), summary);
        if (recruiting) {
            add(new Paragraph(getTranslation("panel.recruitment.upload-help", RecruitmentService.MAX_MEGABYTES,
                    RecruitmentService.MAX_ROWS)), upload(), drawForm(state));
        }
        add(outcome);
        if (!state.batches().isEmpty()) {
            add(batches(state.batches()));
        }
    }

    private Upload upload() {
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            // the upload request does not hold the session's lock; the page is changed under it
            ui.access(() -> received(bytes));
        }));
        upload.setId("recruitment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RecruitmentService.MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> refused(getTranslation("panel.recruitment.error.too-large",
                RecruitmentService.MAX_MEGABYTES)));
        return upload;
    }

    /** Takes a file the browser sent; package-private so that tests hand one in without a browser. */
    void received(byte[] bytes) {
        try {
            AddressImport done = recruitment.importAddresses(panelId, bytes);
            String text = done.duplicates() == 0 ? getTranslation("panel.recruitment.imported", done.imported())
                    : getTranslation("panel.recruitment.imported-duplicates", done.imported(), done.duplicates(),
                            String.valueOf(done.firstDuplicateLine()));
            show();
            outcome.setText(text);
            Notices.success(text);
        } catch (PanelRuleException e) {
            refused(Notices.text(e));
        }
    }

    private HorizontalLayout drawForm(Recruitment state) {
        var size = new IntegerField(getTranslation("panel.recruitment.size"));
        size.setMin(1);
        size.setMax((int) Math.min(Integer.MAX_VALUE, state.notInvited()));
        size.setStepButtonsVisible(true);
        size.setId("recruitment-size");
        var seed = new TextField(getTranslation("panel.recruitment.seed"));
        seed.setHelperText(getTranslation("panel.recruitment.seed-help"));
        seed.setMaxLength(200);
        seed.setId("recruitment-seed");
        var draw = new Button(getTranslation("panel.recruitment.draw"), e -> draw(size.getValue(), seed.getValue()));
        draw.setId("recruitment-draw");
        draw.setEnabled(state.notInvited() > 0);
        var line = new HorizontalLayout(size, seed, draw);
        line.setWrap(true);
        line.setAlignItems(Alignment.BASELINE);
        return line;
    }

    private void draw(Integer size, String seed) {
        try {
            InvitationBatch batch = recruitment.drawBatch(panelId, size == null ? 0 : size, seed);
            String text = getTranslation("panel.recruitment.drawn", batch.number(), batch.size(), batch.seed());
            show();
            outcome.setText(text);
            Notices.success(text);
        } catch (PanelRuleException e) {
            refused(Notices.text(e));
        }
    }

    private Grid<InvitationBatch> batches(List<InvitationBatch> batches) {
        var grid = new Grid<InvitationBatch>();
        grid.addColumn(InvitationBatch::number).setHeader(getTranslation("panel.recruitment.batch"));
        grid.addColumn(b -> Formats.dateTime(ZonedDateTime.ofInstant(b.drawnAt(), Formats.CITY_ZONE), getLocale()))
                .setHeader(getTranslation("panel.recruitment.date"));
        grid.addColumn(InvitationBatch::seed).setHeader(getTranslation("panel.recruitment.seed"));
        grid.addColumn(InvitationBatch::size).setHeader(getTranslation("panel.recruitment.letters"));
        grid.addColumn(InvitationBatch::registered).setHeader(getTranslation("panel.recruitment.registered"));
        grid.addComponentColumn(this::downloads).setHeader(getTranslation("panel.recruitment.downloads"))
                .setKey("downloads");
        grid.setItems(batches);
        grid.setAllRowsVisible(true);
        grid.setId("recruitment-batches");
        return grid;
    }

    private HorizontalLayout downloads(InvitationBatch batch) {
        String name = "panel-" + panelId + "-letters-" + batch.number();
        var csv = download(name + ".csv", "text/csv;charset=UTF-8",
                () -> recruitment.batchCsv(panelId, batch.number()), "panel.recruitment.csv");
        csv.setId("recruitment-csv-" + batch.number());
        LetterTexts texts = letterTexts();
        var pdf = download(name + ".pdf", "application/pdf",
                () -> recruitment.letters(panelId, batch.number(), texts), "panel.recruitment.pdf");
        pdf.setId("recruitment-pdf-" + batch.number());
        return new HorizontalLayout(csv, pdf);
    }

    private Anchor download(String fileName, String type, java.util.function.Supplier<byte[]> file, String key) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** The letters go to Kraków's households in Polish, with a line in English and in Ukrainian at the foot. */
    private LetterTexts letterTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        LetterTexts.KEYS.forEach(k -> texts.put(k, getTranslation(Language.PL.locale(), "panel.recruitment.letter." + k)));
        return new LetterTexts(texts, List.of(getTranslation(Language.EN.locale(), "panel.recruitment.letter.other"),
                getTranslation(Language.UK.locale(), "panel.recruitment.letter.other")));
    }

    private void refused(String text) {
        outcome.setText(text);
        Notices.error(text);
    }
}
