package org.civitas.proposal.internal;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.civitas.shared.pdf.PdfFile;
import org.civitas.shared.pdf.PdfFonts;
import org.civitas.shared.pdf.PdfText;
import org.civitas.shared.pdf.TextBlock;
import org.civitas.shared.pdf.Typeface;

/**
 * The paper support list of one proposal as an A4 PDF, for residents who sign by hand rather than
 * online. The fonts travel inside the PDF (as subsets, to keep it small) because the sheet is
 * printed wherever a resident downloads it, and most printers know no Georgian.
 */
public final class SupportListPdf {

    /** Fifteen signatures is the usual threshold, so one full page is one complete list. */
    static final int ROWS_PER_PAGE = 15;
    /** Below about 7 mm a signature no longer fits between the rules. */
    private static final float MIN_ROW = 20;
    private static final float MAX_ROW = 30;
    /** A long title would otherwise push the table off the first page. */
    private static final int MAX_TITLE_LINES = 6;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float GAP = 10;
    private static final float FOOTER_SIZE = 8;

    /**
     * @param rows how many numbered lines to print, at least one; more than fifteen run onto
     *             further pages
     * @return the PDF file
     */
    public byte[] render(SupportListSheet sheet, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        return PdfFile.render(sheet.text("heading") + " – " + sheet.proposalNumber(), document -> {
            var layout = new Layout(sheet, PdfFonts.regular(document), PdfFonts.bold(document));
            write(document, sheet, layout, rows);
        });
    }

    private static void write(PDDocument document, SupportListSheet sheet, Layout layout, int rows)
            throws IOException {
        int first = layout.capacity(layout.firstHeader);
        int later = layout.capacity(layout.laterHeader);
        int pages = rows <= first ? 1 : 1 + (rows - first + later - 1) / later;
        float rowHeight = Math.min(layout.rowHeight(layout.firstHeader, first),
                layout.rowHeight(layout.laterHeader, later));
        int number = 1;
        for (int page = 1; page <= pages; page++) {
            TextBlock header = page == 1 ? layout.firstHeader : layout.laterHeader;
            int count = Math.min(rows - number + 1, page == 1 ? first : later);
            var pdPage = new PDPage(PAGE);
            document.addPage(pdPage);
            try (var content = new PDPageContentStream(document, pdPage)) {
                float y = header.draw(content, MARGIN, TOP) - GAP;
                y = layout.table.draw(content, y, number, count, rowHeight, sheet.supportersNeeded()) - GAP;
                layout.consent.draw(content, MARGIN, y);
                layout.footer(content, sheet, page, pages);
            }
            number += count;
        }
    }

    /** The measured pieces of a sheet, shared by all its pages. */
    private static final class Layout {
        final Typeface footerType;
        final TextBlock firstHeader;
        final TextBlock laterHeader;
        final TextBlock consent;
        final SupportListTable table;

        Layout(SupportListSheet sheet, PDType0Font regular, PDType0Font bold) throws IOException {
            var heading = new Typeface(bold, 16);
            var titleType = new Typeface(bold, 12);
            var body = new Typeface(regular, 10);
            var small = new Typeface(regular, 8);
            footerType = new Typeface(regular, FOOTER_SIZE);
            String numberedTitle = sheet.proposalNumber() + " – " + sheet.title();
            firstHeader = new TextBlock()
                    .add(heading, PdfText.wrap(heading, sheet.text("heading"), WIDTH))
                    .space(4).add(body, PdfText.wrap(body, sheet.editionName(), WIDTH))
                    .space(6).add(titleType, PdfText.wrap(titleType, numberedTitle, WIDTH, MAX_TITLE_LINES))
                    .space(6).add(body, PdfText.wrap(body, sheet.labelled("label.pool", sheet.poolLabel()), WIDTH))
                    .add(body, PdfText.wrap(body, sheet.labelled("label.deadline", sheet.deadline().toString()), WIDTH))
                    .space(GAP).add(body, PdfText.wrap(body, sheet.text("intro"), WIDTH));
            // Later pages repeat only enough to match a loose sheet to its proposal.
            laterHeader = new TextBlock()
                    .add(titleType, List.of(PdfText.ellipsize(titleType, sheet.text("heading"), WIDTH)))
                    .add(body, List.of(PdfText.ellipsize(body, numberedTitle, WIDTH)));
            consent = new TextBlock().add(small, PdfText.wrap(small, sheet.text("consent"), WIDTH));
            table = new SupportListTable(new Typeface(bold, 9), body, MARGIN, WIDTH, List.of(
                    sheet.text("column.number"), sheet.text("column.name"),
                    sheet.text("column.address"), sheet.text("column.signature")));
        }

        /** Rows that fit under this header, ideally fifteen, fewer only when the texts are very long. */
        int capacity(TextBlock header) {
            int fitting = (int) Math.floor(roomForRows(header) / MIN_ROW);
            return Math.max(1, Math.min(ROWS_PER_PAGE, fitting));
        }

        float rowHeight(TextBlock header, int capacity) {
            return Math.max(MIN_ROW, Math.min(MAX_ROW, roomForRows(header) / capacity));
        }

        private float roomForRows(TextBlock header) {
            float bottom = MARGIN + footerType.leading() + GAP + consent.height() + GAP;
            return TOP - header.height() - GAP - table.headHeight() - bottom;
        }

        void footer(PDPageContentStream content, SupportListSheet sheet, int page, int pages) throws IOException {
            String pattern = sheet.text("page");
            String text = PdfText.ellipsize(footerType,
                    new MessageFormat(pattern, Locale.ROOT).format(new Object[] {page, pages}), WIDTH);
            content.beginText();
            content.setFont(footerType.font(), footerType.size());
            content.newLineAtOffset(MARGIN + (WIDTH - footerType.width(text)) / 2, MARGIN);
            content.showText(text);
            content.endText();
        }
    }
}
