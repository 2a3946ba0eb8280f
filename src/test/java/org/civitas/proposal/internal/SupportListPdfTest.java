package org.civitas.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SupportListPdfTest {

    private static final String GEORGIAN_TITLE = "ახალი სკვერი ნოვა ჰუტაში ბავშვებისთვის";

    private static final Map<String, String> UKRAINIAN = Map.of(
            "heading", "Список підтримки проєкту",
            "intro", "Проєкт потребує підписів щонайменше 15 мешканців району. "
                    + "Передайте заповнений список до 31 травня 2027 року.",
            "column.number", "№",
            "column.name", "Ім'я та прізвище",
            "column.address", "Адреса проживання",
            "column.signature", "Підпис",
            "consent", "Підписуючи, я погоджуюся на обробку моїх персональних даних містом Краків "
                    + "з метою перевірки підтримки проєкту.",
            "page", "Сторінка {0} з {1}");

    private final SupportListPdf pdf = new SupportListPdf();

    @Test
    void prints_the_georgian_title_and_the_ukrainian_labels() throws IOException {
        String text = text(pdf.render(sheet(GEORGIAN_TITLE), 15));

        assertThat(text).contains(GEORGIAN_TITLE.split(" "));
        assertThat(text).contains("Список підтримки проєкту", "Бюджет громадянський 2027", "KR/2027/0042",
                "Загальноміська пула", "2027-05-31", "щонайменше 15 мешканців",
                "№", "Ім'я та прізвище", "Адреса проживання", "Підпис",
                "обробку моїх персональних даних", "Сторінка 1 з 1");
    }

    @Test
    void numbers_the_rows_on_from_page_to_page() throws IOException {
        try (var document = Loader.loadPDF(pdf.render(sheet(GEORGIAN_TITLE), 40))) {
            assertThat(lines(document, 1)).containsAll(numbers(1, 15)).doesNotContain("16");
            assertThat(lines(document, 2)).containsAll(numbers(16, 30)).doesNotContain("31");
            assertThat(lines(document, 3)).containsAll(numbers(31, 40)).doesNotContain("41");
        }
    }

    @Test
    void forty_rows_take_three_pages_each_with_the_short_header_the_consent_and_the_footer() throws IOException {
        try (var document = Loader.loadPDF(pdf.render(sheet(GEORGIAN_TITLE), 40))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                assertThat(pageText(document, page)).contains("Список підтримки проєкту", "KR/2027/0042",
                        "обробку моїх персональних даних", "Сторінка " + page + " з 3");
            }
            assertThat(pageText(document, 2)).doesNotContain("щонайменше 15 мешканців");
        }
    }

    @Test
    void a_very_long_title_wraps_over_several_lines_and_keeps_the_page_count() throws IOException {
        String longTitle = String.join(" ", java.util.Collections.nCopies(6, GEORGIAN_TITLE))
                + " przy ulicy Generała Tadeusza Bora-Komorowskiego";

        try (var document = Loader.loadPDF(pdf.render(sheet(longTitle), 40))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            List<String> page = lines(document, 1);
            assertThat(String.join(" ", page)).contains(longTitle.split(" "));
            assertThat(page.stream().filter(line -> line.contains("ბავშვებისთვის")).count())
                    .as("lines carrying the title").isGreaterThan(1);
        }
        try (var document = Loader.loadPDF(pdf.render(sheet(longTitle), 15))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(lines(document, 1)).containsAll(numbers(1, 15));
        }
    }

    @Test
    void writes_a_pdf_file() {
        byte[] bytes = pdf.render(sheet(GEORGIAN_TITLE), 1);

        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void embeds_only_the_glyphs_it_uses() throws IOException {
        byte[] bytes = pdf.render(sheet(GEORGIAN_TITLE), 40);

        // The two whole fonts weigh 1.4 MB; a sheet carries only a few hundred glyphs of them.
        assertThat(bytes.length).isLessThan(150_000);
        try (var document = Loader.loadPDF(bytes)) {
            var resources = document.getPage(0).getResources();
            var fonts = new ArrayList<PDFont>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans"))
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans-Bold"));
            assertThat(fonts).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void prints_a_question_mark_for_a_character_the_font_lacks() throws IOException {
        String text = text(pdf.render(sheet("Skwer 漢 w Bieżanowie"), 15));

        assertThat(text).contains("Skwer ? w Bieżanowie");
    }

    @Test
    void refuses_a_sheet_without_rows_or_with_a_label_missing() {
        assertThatThrownBy(() -> pdf.render(sheet(GEORGIAN_TITLE), 0)).isInstanceOf(IllegalArgumentException.class);

        var texts = new HashMap<>(UKRAINIAN);
        texts.remove("consent");
        assertThatThrownBy(() -> new SupportListSheet("Edycja", "1", "Tytuł", "Pula", LocalDate.of(2027, 5, 31), 15,
                texts)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consent");
    }

    private static SupportListSheet sheet(String title) {
        return new SupportListSheet("Бюджет громадянський 2027", "KR/2027/0042", title, "Загальноміська пула",
                LocalDate.of(2027, 5, 31), 15, UKRAINIAN);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<String> lines(PDDocument document, int page) throws IOException {
        return Arrays.stream(pageText(document, page).split("\\R")).map(String::strip).toList();
    }

    private static List<String> numbers(int from, int to) {
        var numbers = new ArrayList<String>();
        for (int n = from; n <= to; n++) {
            numbers.add(Integer.toString(n));
        }
        return numbers;
    }
}
