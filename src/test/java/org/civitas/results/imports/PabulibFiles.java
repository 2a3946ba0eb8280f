package org.civitas.results.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared pabulib files, and those changed so that their outcome depends on the counting rule. */
public final class PabulibFiles {

    public static final Path DATA = Path.of("/work/shared/data/pabulib");

    private PabulibFiles() {
    }

    public static String text(String name) throws IOException {
        return Files.readString(DATA.resolve(name));
    }

    /**
     * Gdynia, Wielki Kack (49,970 PLN, greedy-no-skip), with project 5 at 12,000 instead of 9,650 (and so not
     * funded): 3, 2, 1 and 6 leave 10,570, which 5 does not fit, and the count stops there; by points with
     * skipping, 4 (5,995) would be funded too.
     */
    public static byte[] gdyniaStoppingBeforeACheapProject() throws IOException {
        String file = text("Poland_Gdynia_2020_Wielki_Kack__small.pb").replace("\n5;9650;", "\n5;12000;")
                .replace("Szkole Podstawowej nr 20;1", "Szkole Podstawowej nr 20;0");
        if (!file.contains("\n5;12000;398;")) {
            throw new IllegalStateException("the shared Gdynia file has changed");
        }
        return file.getBytes(StandardCharsets.UTF_8);
    }
}
