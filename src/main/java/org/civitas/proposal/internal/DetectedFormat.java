package org.civitas.proposal.internal;

import java.util.List;

/** What an upload is by its first bytes, whatever its name says. */
enum DetectedFormat {
    PNG("image/png", "PNG", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    // The version after "%PDF-" is checked later, so that a mangled header reads as damaged.
    PDF("application/pdf", "PDF", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F'});

    final String mediaType;
    final String label;
    /** Lower case, the usual one first. */
    final List<String> extensions;
    private final byte[] magic;

    DetectedFormat(String mediaType, String label, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
        this.magic = magic;
    }

    static DetectedFormat of(byte[] content) {
        for (DetectedFormat format : values()) {
            if (format.matches(content)) {
                return format;
            }
        }
        return null;
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    AttachmentKind kind() {
        return this == PDF ? AttachmentKind.PDF : AttachmentKind.IMAGE;
    }

    int maxMegabytes() {
        return this == PDF ? AttachmentInspector.MAX_PDF_MEGABYTES : AttachmentInspector.MAX_IMAGE_MEGABYTES;
    }

    long maxBytes() {
        return this == PDF ? AttachmentInspector.MAX_PDF_BYTES : AttachmentInspector.MAX_IMAGE_BYTES;
    }
}
