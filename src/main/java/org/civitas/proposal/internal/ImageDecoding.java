package org.civitas.proposal.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decoding that a hostile file cannot turn into an OutOfMemoryError: a few kilobytes of PNG can claim
 * billions of pixels, so the size comes from the header first and the pixels only after it passed.
 */
final class ImageDecoding {

    static final long MAX_PIXELS = 40_000_000L;

    private ImageDecoding() {
    }

    /** The header's dimensions, and the pixels read with every n-th pixel kept. */
    record Decoded(BufferedImage image, int width, int height) {
    }

    /**
     * @param minimumLongSide the decoded image keeps at least this many pixels on its longer side; fewer
     *                        are read into memory, although every pixel is still decoded
     */
    static Decoded decode(byte[] bytes, int minimumLongSide) {
        // Built directly: ImageIO.createImageInputStream would cache the stream in a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AttachmentRejectedException(AttachmentRejectedException.DAMAGED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new AttachmentRejectedException(AttachmentRejectedException.DAMAGED);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new AttachmentRejectedException(AttachmentRejectedException.TOO_LARGE_IMAGE, width,
                            height, MAX_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / Math.max(1, minimumLongSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(reader.read(0, param), width, height);
            } finally {
                reader.dispose();
            }
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO's readers answer malformed data with IllegalArgumentException,
            // ArrayIndexOutOfBoundsException and others besides IIOException.
            throw new AttachmentRejectedException(AttachmentRejectedException.DAMAGED, e);
        }
    }
}
