package org.civitas.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six languages of Civitas, each named in its own language for the language switch. */
public enum Language {
    PL("pl", "Polski"),
    EN("en", "English"),
    UK("uk", "Українська"),
    BE("be", "Беларуская"),
    RU("ru", "Русский"),
    KA("ka", "ქართული");

    /** The city's own language, used when nothing else says which to take. */
    public static final Language DEFAULT = PL;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(lang)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.toLanguageTag()).orElse(DEFAULT);
    }

    /** The first of the given locales (most preferred first) that Civitas speaks. */
    public static Optional<Language> firstSupported(List<Locale> preferred) {
        return preferred.stream().map(l -> fromCode(l.getLanguage())).flatMap(Optional::stream).findFirst();
    }
}
