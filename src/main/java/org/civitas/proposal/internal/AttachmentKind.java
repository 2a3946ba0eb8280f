package org.civitas.proposal.internal;

/** What a proposal attachment turned out to be, by its content. */
public enum AttachmentKind {
    IMAGE,
    PDF
}
