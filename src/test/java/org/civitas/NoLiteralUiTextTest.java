package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A view never shows a literal string: texts come from the bundles through getTranslation. The check
 * reads the sources of the views for the usual ways text reaches a page.
 */
class NoLiteralUiTextTest {

    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(new (H[1-6]|Span|Paragraph|Button|Anchor\\([^,]+,|Text|Label|ListItem|Checkbox|TextField|EmailField|PasswordField|Details|Tab)\\(\\s*\"[^\"]*\\p{L}"
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTitle|setAriaLabel|setHeader|setConfirmText|setCancelText)\\(\\s*\"[^\"]*\\p{L}"
                    + "|Notification\\.show\\(\\s*\"[^\"]*\\p{L})");

    @Test
    void views_take_every_text_from_the_bundles() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/civitas"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                        offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offences).as("literal user-facing strings").isEmpty();
    }

    @Test
    void the_check_recognises_a_literal_text() {
        assertThat(LITERAL_TEXT.matcher("add(new H1(\"Welcome\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("add(new H1(getTranslation(\"shell.title\")));").find()).isFalse();
    }
}
