package org.civitas.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void accepts_a_png_and_tells_its_type_size_and_dimensions() {
        byte[] png = TestFiles.png(64, 48);

        InspectedAttachment attachment = inspector.inspect("playground.png", png);

        assertThat(attachment).isEqualTo(new InspectedAttachment(AttachmentKind.IMAGE, "image/png", "playground.png",
                png.length, 64, 48));
        assertThat(attachment.requiresAltText()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench.jpg", "bench.jpeg", "BENCH.JPG"})
    void accepts_a_jpeg_named_jpg_or_jpeg_in_any_case(String name) {
        InspectedAttachment attachment = inspector.inspect(name, TestFiles.jpeg(30, 20));

        assertThat(attachment.kind()).isEqualTo(AttachmentKind.IMAGE);
        assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
        assertThat(attachment.fileName()).isEqualTo(name);
        assertThat(attachment.width()).isEqualTo(30);
        assertThat(attachment.height()).isEqualTo(20);
    }

    @Test
    void accepts_a_minimal_pdf_without_dimensions_or_alt_text() {
        byte[] pdf = TestFiles.minimalPdf();

        InspectedAttachment attachment = inspector.inspect("cost estimate.pdf", pdf);

        assertThat(attachment).isEqualTo(new InspectedAttachment(AttachmentKind.PDF, "application/pdf",
                "cost estimate.pdf", pdf.length, 0, 0));
        assertThat(attachment.requiresAltText()).isFalse();
    }

    @Test
    void gives_a_name_without_an_extension_the_detected_one() {
        assertThat(inspector.inspect("scan", TestFiles.minimalPdf()).fileName()).isEqualTo("scan.pdf");
        assertThat(inspector.inspect("photo", TestFiles.jpeg(8, 8)).fileName()).isEqualTo("photo.jpg");
        assertThat(inspector.inspect("Plan v1.2", TestFiles.png(8, 8)).fileName()).isEqualTo("Plan v1.2.png");
    }

    @Test
    void rejects_a_png_named_as_a_pdf() {
        AttachmentRejectedException rejected = rejection("plan.pdf", TestFiles.png(10, 10));

        assertThat(rejected.messageKey()).isEqualTo("proposal.attachment.name-mismatch");
        assertThat(rejected.arguments()).containsExactly("pdf", "PNG");
    }

    @Test
    void rejects_a_jpeg_named_as_a_png_and_a_pdf_named_as_a_jpeg() {
        assertThat(rejection("photo.png", TestFiles.jpeg(10, 10)).arguments()).containsExactly("png", "JPEG");
        assertThat(rejection("plan.jpg", TestFiles.minimalPdf()).arguments()).containsExactly("jpg", "PDF");
    }

    @Test
    void rejects_a_text_file_renamed_png() {
        byte[] text = "Please build a playground on Main Street.\n".getBytes(StandardCharsets.UTF_8);

        AttachmentRejectedException rejected = rejection("playground.png", text);

        assertThat(rejected.messageKey()).isEqualTo("proposal.attachment.unsupported");
        assertThat(rejected.arguments()).isEmpty();
    }

    @Test
    void rejects_a_gif_whatever_its_name() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejection("tree.png", gif).messageKey()).isEqualTo(AttachmentRejectedException.UNSUPPORTED);
    }

    @Test
    void rejects_an_empty_file() {
        assertThat(rejection("empty.pdf", new byte[0]).messageKey()).isEqualTo("proposal.attachment.empty");
        assertThat(rejection("empty.pdf", null).messageKey()).isEqualTo("proposal.attachment.empty");
    }

    @Test
    void rejects_an_image_over_five_megabytes_and_names_the_limit() {
        byte[] big = startingWith(TestFiles.png(10, 10), AttachmentInspector.MAX_IMAGE_BYTES + 1);

        AttachmentRejectedException rejected = rejection("huge.png", big);

        assertThat(rejected.messageKey()).isEqualTo("proposal.attachment.too-big");
        assertThat(rejected.arguments()).containsExactly(5);
    }

    @Test
    void accepts_a_pdf_over_five_megabytes_but_not_over_ten() {
        byte[] pdf = TestFiles.minimalPdf();
        byte[] sixMegabytes = startingWith(pdf, 6L * 1024 * 1024);
        byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(eof, 0, sixMegabytes, sixMegabytes.length - eof.length, eof.length);

        assertThat(inspector.inspect("plans.pdf", sixMegabytes).size()).isEqualTo(6L * 1024 * 1024);

        AttachmentRejectedException rejected = rejection("plans.pdf",
                startingWith(pdf, AttachmentInspector.MAX_PDF_BYTES + 1));
        assertThat(rejected.messageKey()).isEqualTo(AttachmentRejectedException.TOO_BIG);
        assertThat(rejected.arguments()).containsExactly(10);
    }

    @Test
    void rejects_a_pdf_cut_off_before_its_end() {
        byte[] pdf = TestFiles.minimalPdf();

        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        assertThat(rejection("plan.pdf", truncated).messageKey()).isEqualTo("proposal.attachment.damaged");
    }

    @Test
    void rejects_a_pdf_whose_header_has_no_version() {
        byte[] pdf = "%PDF\n1 0 obj\n<< >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(rejection("plan.pdf", pdf).messageKey()).isEqualTo(AttachmentRejectedException.DAMAGED);
    }

    @Test
    void rejects_a_png_whose_pixel_data_is_cut_off() {
        byte[] png = TestFiles.png(TestFiles.noise(120, 120));

        byte[] truncated = Arrays.copyOf(png, png.length / 2);

        assertThat(rejection("photo.png", truncated).messageKey()).isEqualTo(AttachmentRejectedException.DAMAGED);
    }

    @Test
    void rejects_a_png_signature_followed_by_garbage() {
        byte[] garbage = startingWith(Arrays.copyOf(TestFiles.png(4, 4), 8), 200);

        assertThat(rejection("photo.png", garbage).messageKey()).isEqualTo(AttachmentRejectedException.DAMAGED);
    }

    /** The file has no pixel data: had the inspector decoded it first, it would have called it damaged. */
    @Test
    void rejects_a_png_claiming_10000_by_5000_pixels_before_decoding_it() {
        byte[] bomb = TestFiles.pngHeaderOnly(10_000, 5_000);

        AttachmentRejectedException rejected = rejection("bomb.png", bomb);

        assertThat(rejected.messageKey()).isEqualTo("proposal.attachment.too-large-image");
        assertThat(rejected.arguments()).containsExactly(10_000, 5_000, 40L);
    }

    @Test
    void reports_a_portrait_phone_photo_as_it_is_displayed() {
        byte[] sideways = TestFiles.withExif(TestFiles.jpeg(40, 30), 6, "somewhere");

        InspectedAttachment attachment = inspector.inspect("portrait.jpg", sideways);

        assertThat(attachment.width()).isEqualTo(30);
        assertThat(attachment.height()).isEqualTo(40);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "->", textBlock = """
            ../../etc/passwd.png                -> passwd.png
            C:\\fakepath\\Plac Wolności.png      -> Plac Wolności.png
            mapa\u0007 *?(1)|:"<>.png           -> mapa (1).png
            photo\u202E.png                     -> photo.png
            Сквер на вулиці.png                 -> Сквер на вулиці.png
            პროექტი_2025.png                    -> პროექტი_2025.png
            \uD83C\uDF33 trees.png              -> trees.png
            Plac Wolnos\u0301ci.png             -> Plac Wolności.png
            ..png                               -> attachment.png
            '   .png'                           -> attachment.png
            .hidden.png                         -> hidden.png
            folder/                             -> attachment.png
            ''                                  -> attachment.png
            """)
    void makes_the_file_name_safe(String uploaded, String expected) {
        assertThat(inspector.inspect(uploaded, TestFiles.png(4, 4)).fileName()).isEqualTo(expected);
    }

    @Test
    void gives_a_file_without_a_name_a_plain_one() {
        assertThat(inspector.inspect(null, TestFiles.minimalPdf()).fileName()).isEqualTo("attachment.pdf");
    }

    @Test
    void shortens_a_long_name_to_120_characters_keeping_the_extension() {
        String words = "Rewitalizacja skweru ".repeat(10);

        String safe = inspector.inspect(words + ".png", TestFiles.png(4, 4)).fileName();

        assertThat(safe).hasSize(120).isEqualTo(words.substring(0, 116) + ".png");
    }

    @Test
    void never_cuts_a_character_outside_the_basic_plane_in_half() {
        String ideograph = "\uD840\uDC00"; // U+20000, two chars in Java
        String longName = "a" + ideograph.repeat(100) + ".png";

        String safe = inspector.inspect(longName, TestFiles.png(4, 4)).fileName();

        assertThat(safe).isEqualTo("a" + ideograph.repeat(57) + ".png");
    }

    private AttachmentRejectedException rejection(String name, byte[] content) {
        return catchThrowableOfType(AttachmentRejectedException.class, () -> inspector.inspect(name, content));
    }

    private static byte[] startingWith(byte[] prefix, long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }
}
