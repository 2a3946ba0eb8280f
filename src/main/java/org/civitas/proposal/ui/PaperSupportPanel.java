package org.civitas.proposal.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.SupportService;
import org.civitas.proposal.SupportState;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Support on paper: anyone may print the proposal's list to gather signatures; an official enters the count of
 * valid signatures handed in.
 */
class PaperSupportPanel extends Div {

    private static final String[] SHEET_KEYS = {"heading", "intro", "column.number", "column.name",
        "column.address", "column.signature", "consent", "page", "label.pool", "label.deadline"};

    PaperSupportPanel(SupportService supports, long proposalId, SupportState state, String poolLabel,
            boolean official, Runnable changed) {
        addClassNames("civitas-card");
        setId("paper-support-panel");
        add(new H2(getTranslation("proposal.paper.title")), new Paragraph(getTranslation("proposal.paper.intro")));
        Language language = Language.of(getLocale());
        Map<String, String> texts = sheetTexts(state);
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = supports.paperList(proposalId, language, poolLabel, texts);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "support-list-" + proposalId + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("proposal.paper.download"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("paper-list-download");
        add(pdf);
        if (official) {
            add(countForm(supports, proposalId, state.paperSupporters(), changed));
        }
    }

    private Map<String, String> sheetTexts(SupportState state) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : SHEET_KEYS) {
            texts.put(key, getTranslation("proposal.paper.sheet." + key, state.needed(),
                    Formats.date(state.deadline(), getLocale())));
        }
        // the PDF fills in the page numbers itself, as a MessageFormat pattern
        texts.put("page", getTranslation("proposal.paper.sheet.page").replace("[0]", "{0}").replace("[1]", "{1}"));
        return texts;
    }

    private HorizontalLayout countForm(SupportService supports, long proposalId, int current, Runnable changed) {
        var count = Fields.integer(getTranslation("proposal.paper.count"));
        count.setId("paper-count");
        count.setMin(0);
        count.setValue(current);
        count.setHelperText(getTranslation("proposal.paper.count-help"));
        var save = new Button(getTranslation("proposal.paper.save"), e -> {
            if (count.getValue() == null || count.isInvalid()) {
                Notices.error(getTranslation("proposal.support.paper-invalid"));
                return;
            }
            try {
                supports.recordPaperSupports(proposalId, count.getValue());
                Notices.success(getTranslation("proposal.paper.saved"));
                changed.run();
            } catch (ProposalRuleException ex) {
                Notices.refuse(ex);
            }
        });
        save.setId("paper-save");
        var row = new HorizontalLayout(count, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
