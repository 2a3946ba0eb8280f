package org.civitas.proposal.internal;

import static org.civitas.proposal.internal.AttachmentRejectedException.DAMAGED;
import static org.civitas.proposal.internal.AttachmentRejectedException.EMPTY;
import static org.civitas.proposal.internal.AttachmentRejectedException.NAME_MISMATCH;
import static org.civitas.proposal.internal.AttachmentRejectedException.TOO_BIG;
import static org.civitas.proposal.internal.AttachmentRejectedException.UNSUPPORTED;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides from the bytes, never from the name, whether an upload is a PNG, a JPEG or a PDF a proposal
 * may carry. The name is only checked against the content so that nobody downloads "plan.pdf" and
 * gets something else.
 */
public class AttachmentInspector {

    public static final int MAX_IMAGE_MEGABYTES = 5;
    public static final int MAX_PDF_MEGABYTES = 10;
    public static final long MAX_IMAGE_BYTES = MAX_IMAGE_MEGABYTES * 1024L * 1024L;
    public static final long MAX_PDF_BYTES = MAX_PDF_MEGABYTES * 1024L * 1024L;
    public static final long MAX_IMAGE_PIXELS = ImageDecoding.MAX_PIXELS;
    /** For an upload field's accept list; the content decides all the same. */
    public static final List<String> ACCEPTED_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".pdf");

    // Enough pixels to decode every byte of the file while holding only a small copy in memory.
    private static final int VERIFY_LONG_SIDE = 1024;
    // Readers look for the end-of-file marker only this far from the end.
    private static final int PDF_EOF_WINDOW = 1024;

    public InspectedAttachment inspect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AttachmentRejectedException(EMPTY);
        }
        DetectedFormat format = DetectedFormat.of(content);
        if (format == null) {
            throw new AttachmentRejectedException(UNSUPPORTED);
        }
        if (content.length > format.maxBytes()) {
            throw new AttachmentRejectedException(TOO_BIG, format.maxMegabytes());
        }
        AttachmentFileName name = AttachmentFileName.of(fileName);
        if (name.extension().isPresent() && !name.hasExtensionIn(format.extensions)) {
            throw new AttachmentRejectedException(NAME_MISMATCH, name.extension().get(), format.label);
        }
        String safeName = name.safe(format.extensions.get(0));
        if (format.kind() == AttachmentKind.PDF) {
            checkPdfStructure(content);
            return new InspectedAttachment(AttachmentKind.PDF, format.mediaType, safeName, content.length, 0, 0);
        }
        ImageDecoding.Decoded image = ImageDecoding.decode(content, VERIFY_LONG_SIDE);
        // Browsers show a photo turned as its EXIF says, so the page must reserve the turned box.
        boolean turned = ExifOrientation.swapsSides(ExifOrientation.of(content));
        return new InspectedAttachment(AttachmentKind.IMAGE, format.mediaType, safeName, content.length,
                turned ? image.height() : image.width(), turned ? image.width() : image.height());
    }

    /** Header and end marker only: enough to catch a cut-off upload, not to vouch for every object. */
    private static void checkPdfStructure(byte[] content) {
        String head = new String(content, 0, Math.min(8, content.length), StandardCharsets.ISO_8859_1);
        if (!head.matches("%PDF-\\d\\.\\d")) {
            throw new AttachmentRejectedException(DAMAGED);
        }
        int from = Math.max(0, content.length - PDF_EOF_WINDOW);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new AttachmentRejectedException(DAMAGED);
        }
    }
}
