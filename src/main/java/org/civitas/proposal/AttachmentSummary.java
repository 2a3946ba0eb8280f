package org.civitas.proposal;

/** An attachment as a page lists it; its bytes are fetched separately. */
public record AttachmentSummary(long id, String fileName, String mediaType, int size, String altText,
        boolean hasThumbnail) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
