package org.civitas.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ThumbnailsTest {

    private final Thumbnails thumbnails = new Thumbnails();

    @Test
    void fits_a_landscape_image_into_the_box_keeping_its_aspect_ratio() {
        BufferedImage thumbnail = read(thumbnails.thumbnail(TestFiles.png(800, 600), 200));

        assertThat(thumbnail.getWidth()).isEqualTo(200);
        assertThat(thumbnail.getHeight()).isEqualTo(150);
    }

    @Test
    void fits_a_portrait_image_by_its_height() {
        BufferedImage thumbnail = read(thumbnails.thumbnail(TestFiles.jpeg(300, 900), 100));

        assertThat(thumbnail.getWidth()).isEqualTo(33);
        assertThat(thumbnail.getHeight()).isEqualTo(100);
    }

    @Test
    void fits_a_large_photo_read_with_skipped_pixels_exactly() {
        BufferedImage thumbnail = read(thumbnails.thumbnail(TestFiles.jpeg(3001, 2000), 160));

        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(107);
    }

    @Test
    void never_enlarges_a_small_image() {
        BufferedImage thumbnail = read(thumbnails.thumbnail(TestFiles.png(50, 30), 200));

        assertThat(thumbnail.getWidth()).isEqualTo(50);
        assertThat(thumbnail.getHeight()).isEqualTo(30);
    }

    @Test
    void writes_a_jpeg_that_keeps_the_colours() {
        byte[] bytes = thumbnails.thumbnail(TestFiles.png(TestFiles.filled(400, 400, new Color(200, 30, 40))), 100);

        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        assertColourNear(read(bytes).getRGB(50, 50), new Color(200, 30, 40));
    }

    @Test
    void puts_transparent_areas_on_white() {
        BufferedImage halfTransparent = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = halfTransparent.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 50, 100);
        g.dispose();

        BufferedImage thumbnail = read(thumbnails.thumbnail(TestFiles.png(halfTransparent), 50));

        assertColourNear(thumbnail.getRGB(5, 25), Color.BLUE);
        assertColourNear(thumbnail.getRGB(45, 25), Color.WHITE);
    }

    @Test
    void leaves_out_the_exif_data_that_could_tell_where_a_photo_was_taken() {
        byte[] photo = TestFiles.withExif(TestFiles.jpeg(120, 80), 1, "GPS 50.0614N 19.9366E");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "19.9366E");

        String thumbnail = new String(thumbnails.thumbnail(photo, 60), StandardCharsets.ISO_8859_1);

        assertThat(thumbnail).doesNotContain("Exif").doesNotContain("19.9366E");
    }

    @Test
    void turns_a_phone_photo_stored_sideways_upright() {
        BufferedImage sideways = TestFiles.filled(80, 40, Color.RED);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(40, 0, 40, 40);
        g.dispose();
        // Orientation 6: the camera was turned a quarter clockwise, so the stored left is the real top.
        byte[] photo = TestFiles.withExif(TestFiles.jpeg(sideways), 6, "portrait");

        BufferedImage thumbnail = read(thumbnails.thumbnail(photo, 40));

        assertThat(thumbnail.getWidth()).isEqualTo(20);
        assertThat(thumbnail.getHeight()).isEqualTo(40);
        assertColourNear(thumbnail.getRGB(10, 5), Color.RED);
        assertColourNear(thumbnail.getRGB(10, 35), Color.BLUE);
    }

    @Test
    void refuses_what_is_not_an_image() {
        assertThatThrownBy(() -> thumbnails.thumbnail(TestFiles.minimalPdf(), 100))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(AttachmentRejectedException.DAMAGED));
    }

    @Test
    void refuses_an_image_with_too_many_pixels_without_decoding_it() {
        assertThatThrownBy(() -> thumbnails.thumbnail(TestFiles.pngHeaderOnly(10_000, 5_000), 100))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(AttachmentRejectedException.TOO_LARGE_IMAGE));
    }

    @Test
    void refuses_a_box_without_size() {
        assertThatThrownBy(() -> thumbnails.thumbnail(TestFiles.png(10, 10), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG is lossy: a colour comes back close, not equal. */
    private static void assertColourNear(int rgb, Color expected) {
        Color actual = new Color(rgb);
        assertThat(actual.getRed()).isCloseTo(expected.getRed(), within(12));
        assertThat(actual.getGreen()).isCloseTo(expected.getGreen(), within(12));
        assertThat(actual.getBlue()).isCloseTo(expected.getBlue(), within(12));
    }
}
