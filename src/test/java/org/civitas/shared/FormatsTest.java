package org.civitas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final BigDecimal BUDGET = new BigDecimal("10200000");

    @Test
    void writes_amounts_in_zloty_the_way_each_language_does() {
        assertThat(Formats.money(BUDGET, Language.PL.locale())).matches("10\\h200\\h000\\hzł");
        assertThat(Formats.money(BUDGET, Language.EN.locale())).matches("10,200,000\\hPLN");
        assertThat(Formats.money(BUDGET, Language.UK.locale())).contains("10").contains("200").contains("000")
                .doesNotContain(",");
        assertThat(Formats.money(new BigDecimal("2500.50"), Language.PL.locale())).matches("2\\h500,50\\hzł");
    }

    @Test
    void writes_dates_in_each_language() {
        var date = LocalDate.of(2027, 3, 15);

        assertThat(Formats.date(date, Language.PL.locale())).isEqualTo("15 marca 2027");
        assertThat(Formats.date(date, Language.EN.locale())).isEqualTo("15 March 2027");
        assertThat(Formats.date(date, Language.UK.locale())).startsWith("15 березня 2027");
        assertThat(Formats.date(date, Language.KA.locale())).contains("2027").contains("15");
    }

    @Test
    void shows_times_in_krakow_time() {
        var utcEvening = ZonedDateTime.of(2027, 1, 10, 23, 30, 0, 0, ZoneOffset.UTC);

        assertThat(Formats.dateTime(utcEvening, Language.PL.locale())).contains("11").contains("00:30");
    }

    @Test
    void groups_large_numbers() {
        assertThat(Formats.number(709_400, Language.PL.locale())).matches("709\\h400");
        assertThat(Formats.number(709_400, Language.EN.locale())).isEqualTo("709,400");
    }
}
