package org.civitas.proposal.internal;

/**
 * An upload that passed {@link AttachmentInspector}: its kind and media type come from the content, the
 * file name is safe to store and to put in a download header.
 *
 * @param width  in pixels as the image is displayed, that is after a photo's EXIF rotation; 0 for a PDF
 * @param height in pixels as displayed; 0 for a PDF
 */
public record InspectedAttachment(AttachmentKind kind, String mediaType, String fileName, long size, int width,
        int height) {

    /** Screen-reader users learn what an image shows only from its alternative text. */
    public boolean requiresAltText() {
        return kind == AttachmentKind.IMAGE;
    }

    /** The same picture once re-encoded as JPEG: the name's extension follows the new content. */
    public InspectedAttachment asJpeg() {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        return new InspectedAttachment(kind, "image/jpeg", base + ".jpg", size, width, height);
    }
}
