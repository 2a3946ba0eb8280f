package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-facing text exists in all six languages, with the same placeholders. */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations", "ValidationMessages", "mail/messages"})
    void every_bundle_has_the_keys_and_placeholders_of_every_other(String family) throws IOException {
        Properties english = load(family, Language.EN);
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            Properties bundle = load(family, language);
            assertThat(bundle.stringPropertyNames()).as("keys of %s_%s", family, language.code())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as("%s in %s", key, language.code()).isNotBlank();
                assertThat(placeholders(bundle.getProperty(key))).as("placeholders of %s in %s", key, language.code())
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static Properties load(String family, Language language) throws IOException {
        String path = family + "_" + language.code() + ".properties";
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
