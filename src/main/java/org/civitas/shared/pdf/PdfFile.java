package org.civitas.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF written in memory: its pages drawn by the caller, its title and creator set, its bytes returned. */
public final class PdfFile {

    /** Draws the pages of a new document. */
    @FunctionalInterface
    public interface Pages {
        void write(PDDocument document) throws IOException;
    }

    private PdfFile() {
    }

    public static byte[] render(String title, Pages pages) {
        try (var document = new PDDocument()) {
            pages.write(document);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Civitas");
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory and the fonts ship with the application: this is a bug, not a condition.
            throw new UncheckedIOException(e);
        }
    }
}
