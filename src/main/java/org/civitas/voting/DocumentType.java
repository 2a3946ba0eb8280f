package org.civitas.voting;

/** Documents that identify a voter without a PESEL. */
public enum DocumentType {
    PASSPORT, ID_CARD, RESIDENCE_CARD, REFUGEE_DOCUMENT;

    public String translationKey() {
        return "voting.document." + name().toLowerCase();
    }
}
