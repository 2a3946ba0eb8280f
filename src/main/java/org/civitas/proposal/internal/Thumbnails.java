package org.civitas.proposal.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Small JPEG copies of proposal images for lists and cards.
 *
 * <p>Only the pixels are re-encoded, no metadata is copied: photos from phones carry the GPS position
 * where they were taken (often the resident's home) in their EXIF data, and a thumbnail must not
 * publish it. The EXIF orientation is applied to the pixels before it is dropped.
 */
public class Thumbnails {

    private static final float JPEG_QUALITY = 0.85f;
    // Reading every n-th pixel of a huge photo saves memory; keeping four times the target first
    // leaves the smoothing to the scaling steps, which avoids moiré.
    private static final int OVERSAMPLING = 4;

    /**
     * @param image   PNG or JPEG bytes (any format ImageIO reads)
     * @param maxSide the longest side of the result; a smaller image keeps its size
     * @throws AttachmentRejectedException if the image cannot be decoded or has too many pixels
     */
    public byte[] thumbnail(byte[] image, int maxSide) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        int orientation = ExifOrientation.of(image);
        ImageDecoding.Decoded decoded = ImageDecoding.decode(image, maxSide * OVERSAMPLING);
        double scale = Math.min(1.0, (double) maxSide / Math.max(decoded.width(), decoded.height()));
        int width = Math.max(1, (int) Math.round(decoded.width() * scale));
        int height = Math.max(1, (int) Math.round(decoded.height() * scale));
        BufferedImage small = scale(onWhite(decoded.image()), width, height);
        return jpeg(ExifOrientation.apply(small, orientation));
    }

    /** JPEG has no transparency; flattening first also keeps transparent edges from darkening when scaled. */
    private static BufferedImage onWhite(BufferedImage source) {
        BufferedImage flat = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    /**
     * Halves step by step: one bilinear jump from a much larger image samples only a few of the source
     * pixels and looks jagged.
     */
    private static BufferedImage scale(BufferedImage source, int targetWidth, int targetHeight) {
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        while (width != targetWidth || height != targetHeight) {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            current = draw(current, width, height);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
