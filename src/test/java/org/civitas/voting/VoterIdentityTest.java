package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A voter's identity never reaches a log line or an error message through its string form. */
class VoterIdentityTest {

    @Test
    void an_identity_by_pesel_prints_neither_the_pesel_nor_its_normalised_form() {
        String pesel = Identities.peselNumber(4242);
        VoterIdentity identity = VoterIdentity.ofPesel(pesel);

        assertThat(identity.toString()).doesNotContain(pesel).doesNotContain(identity.normalised())
                .doesNotContain(pesel.substring(0, 6));
        assertThat("cast by " + identity).doesNotContain(pesel);
        assertThat(String.format("%s", identity)).doesNotContain(pesel);
    }

    @Test
    void an_identity_by_document_prints_neither_the_number_as_typed_or_normalised_nor_the_date_of_birth() {
        LocalDate born = LocalDate.of(1991, 7, 23);
        VoterIdentity identity = VoterIdentity.ofDocument(DocumentType.PASSPORT, "ge 987-654", born);

        assertThat(identity.toString()).doesNotContain("ge 987-654").doesNotContain("GE987654")
                .doesNotContain("987").doesNotContain("654").doesNotContain(born.toString()).doesNotContain("1991");
    }
}
