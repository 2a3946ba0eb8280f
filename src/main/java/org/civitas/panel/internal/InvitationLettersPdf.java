package org.civitas.panel.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.civitas.panel.LetterTexts;
import org.civitas.shared.pdf.PdfFile;
import org.civitas.shared.pdf.PdfFonts;
import org.civitas.shared.pdf.PdfText;
import org.civitas.shared.pdf.TextBlock;
import org.civitas.shared.pdf.Typeface;

/**
 * A batch's invitation letters as one A4 PDF, a page per household: the sender, the address where a window envelope
 * shows it, the invitation with the panel's question, the registration address and the letter's code, and a few
 * lines in other languages at the foot.
 */
final class InvitationLettersPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - 48;
    /** A DL window envelope shows about 9 cm by 4.5 cm from 2 cm left and 4.5 cm down. */
    private static final float WINDOW_LEFT = 57;
    private static final float WINDOW_TOP = PAGE.getHeight() - 128;
    private static final float WINDOW_WIDTH = 255;

    byte[] render(String question, String registrationUrl, List<AddressList.Letter> letters, LetterTexts texts,
            String title) {
        return PdfFile.render(title, document -> {
            var regular = PdfFonts.regular(document);
            var bold = PdfFonts.bold(document);
            var types = new Types(new Typeface(bold, 15), new Typeface(bold, 12), new Typeface(regular, 11),
                    new Typeface(bold, 20), new Typeface(regular, 8));
            for (AddressList.Letter letter : letters) {
                var page = new PDPage(PAGE);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    write(content, types, question, registrationUrl, letter, texts);
                }
            }
        });
    }

    private record Types(Typeface heading, Typeface strong, Typeface body, Typeface code, Typeface small) {
    }

    private static void write(PDPageContentStream content, Types type, String question, String url,
            AddressList.Letter letter, LetterTexts texts) throws IOException {
        new TextBlock().add(type.small(), PdfText.wrap(type.small(), texts.text("sender"), WIDTH))
                .draw(content, MARGIN, TOP);
        String place = (letter.postcode() + " " + letter.city()).strip();
        var recipient = new TextBlock().add(type.body(), PdfText.wrap(type.body(), letter.address(), WINDOW_WIDTH, 3));
        if (!place.isEmpty()) {
            recipient.add(type.body(), List.of(PdfText.ellipsize(type.body(), place, WINDOW_WIDTH)));
        }
        recipient.draw(content, WINDOW_LEFT, WINDOW_TOP);
        var body = new TextBlock()
                .add(type.heading(), PdfText.wrap(type.heading(), texts.text("heading"), WIDTH))
                .space(14).add(type.body(), PdfText.wrap(type.body(), texts.text("salutation"), WIDTH))
                .space(6).add(type.body(), PdfText.wrap(type.body(), texts.text("intro"), WIDTH))
                .space(8).add(type.strong(), PdfText.wrap(type.strong(), question, WIDTH, 6))
                .space(10).add(type.body(), PdfText.wrap(type.body(), texts.text("register"), WIDTH))
                .space(4).add(type.strong(), PdfText.wrap(type.strong(), url, WIDTH))
                .space(8).add(type.body(), PdfText.wrap(type.body(), texts.text("code"), WIDTH))
                .space(4).add(type.code(), List.of(letter.code()))
                .space(10).add(type.body(), PdfText.wrap(type.body(), texts.text("closing"), WIDTH))
                .space(14).add(type.body(), PdfText.wrap(type.body(), texts.text("signature"), WIDTH));
        body.draw(content, MARGIN, WINDOW_TOP - 110);
        var footer = new TextBlock();
        for (String line : texts.footer()) {
            footer.add(type.small(), PdfText.wrap(type.small(), line, WIDTH)).space(2);
        }
        footer.draw(content, MARGIN, MARGIN + footer.height());
    }
}
