package org.civitas.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** A number with one decimal, e.g. an effective support of "42.3" voters ("42,3" in Polish). */
    public static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(regional(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A share (0.955 is "95.5%"), to a tenth of a percent rounded down, so that a share short of the whole never
     * reads as 100%.
     */
    public static String percent(BigDecimal share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(regional(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.DOWN);
        return format.format(share);
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
