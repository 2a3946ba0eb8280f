package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numbers below were worked out by hand from the PESEL's definition (date, serial, check digit). */
class PeselTest {

    @ParameterizedTest(name = "{0} is born on {1}")
    @CsvSource({
        "85831501238, 1885-03-15", // the 1800s: month + 80
        "44051401359, 1944-05-14", // the 1900s: the month as it is
        "05220104561, 2005-02-01", // the 2000s: month + 20
        "00222901116, 2000-02-29", // 2000 was a leap year
    })
    void a_valid_pesel_gives_its_digits_and_the_date_of_birth_with_its_century(String pesel, LocalDate born) {
        assertThat(Pesel.normalise(pesel)).contains(pesel);
        assertThat(Pesel.birthDate(pesel)).contains(born);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"440514 01359", " 44051401359 ", "4405-1401-359", "440 514-013 59", "44051401359\t"})
    void a_pesel_typed_with_spaces_or_dashes_is_the_same_number(String typed) {
        assertThat(Pesel.normalise(typed)).contains("44051401359");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"44051401358", "44051401350", "85831501239", "05220104560"})
    void a_wrong_check_digit_is_refused(String pesel) {
        assertThat(Pesel.normalise(pesel)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "90023007892", // 30 February 1990, with a right check digit
        "90130107896", // month 13
        "00022901110", // 29 February 1900, not a leap year
    })
    void a_date_that_does_not_exist_is_refused_even_with_a_right_check_digit(String pesel) {
        assertThat(Pesel.normalise(pesel)).isEmpty();
        assertThat(Pesel.birthDate(pesel)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"4405140135", "440514013590", "4405140135X", "44.05.14.01359", "４４０５１４０１３５９"})
    void anything_but_eleven_digits_is_refused(String typed) {
        assertThat(Pesel.normalise(typed)).isEmpty();
    }
}
