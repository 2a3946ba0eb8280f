package org.civitas.voting;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who a voter is, as typed: a PESEL, or for a resident without one a document's type and number with the date of
 * birth. Only a keyed hash of {@link #normalised()} is ever stored; this record lives for one request.
 */
public record VoterIdentity(String pesel, DocumentType documentType, String documentNumber, LocalDate documentBirthDate) {

    public static VoterIdentity ofPesel(String pesel) {
        return new VoterIdentity(pesel, null, null, null);
    }

    public static VoterIdentity ofDocument(DocumentType type, String number, LocalDate birthDate) {
        return new VoterIdentity(null, type, number, birthDate);
    }

    public boolean byPesel() {
        return documentType == null;
    }

    /**
     * The identity in one canonical spelling, so that "ab 123-456" and "AB123456" are the same person.
     *
     * @throws VotingRuleException when the PESEL or the document is not valid
     */
    public String normalised() {
        if (byPesel()) {
            return "PESEL:" + Pesel.normalise(pesel).orElseThrow(() -> new VotingRuleException("voting.error.pesel"));
        }
        return "DOC:" + documentType.name() + ":" + documentDigits() + ":" + birthDate();
    }

    /** The date of birth the identity states: from the PESEL, or as entered with the document. */
    public LocalDate birthDate() {
        if (byPesel()) {
            return Pesel.normalise(pesel).flatMap(Pesel::birthDate)
                    .orElseThrow(() -> new VotingRuleException("voting.error.pesel"));
        }
        if (documentBirthDate == null || documentBirthDate.getYear() < 1900) {
            throw new VotingRuleException("voting.error.birth-date");
        }
        return documentBirthDate;
    }

    private String documentDigits() {
        String number = documentNumber == null ? "" : documentNumber.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (number.length() < 4 || number.length() > 30) {
            throw new VotingRuleException("voting.error.document-number");
        }
        return number;
    }

    /** Never print a person's identity into a log. */
    @Override
    public String toString() {
        return "VoterIdentity[hidden]";
    }
}
