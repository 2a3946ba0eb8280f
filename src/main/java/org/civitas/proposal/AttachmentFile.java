package org.civitas.proposal;

/** An attachment's bytes with what a browser needs to show or save them. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
