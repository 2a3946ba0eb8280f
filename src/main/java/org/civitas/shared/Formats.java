package org.civitas.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, numbers and amounts written the way a reader of each language expects; amounts are in PLN. */
public final class Formats {

    /** The city's time zone: deadlines and phases are Kraków time whatever the reader's language. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Warsaw");
    private static final Currency PLN = Currency.getInstance("PLN");
    /** English as written in Europe: "10,200,000 PLN" and "15 March 2027", not "PLN10,200,000" and "March 15". */
    private static final Locale ENGLISH_IN_EUROPE = Locale.forLanguageTag("en-150");

    private Formats() {
    }

    public static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(regional(locale));
        format.setCurrency(PLN);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(format.getMaximumFractionDigits());
        return format.format(amount);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(regional(locale)).format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(regional(locale)).format(date);
    }

    public static String dateTime(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(regional(locale))
                .format(time.withZoneSameInstant(CITY_ZONE));
    }

    private static Locale regional(Locale locale) {
        return locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? ENGLISH_IN_EUROPE : locale;
    }
}
