package org.civitas.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Kraków's districts as the changelog loads them, with their numbers as ids, for tests without a database. */
public final class KrakowDistricts {

    private KrakowDistricts() {
    }

    public static List<DistrictSummary> all() {
        try {
            return Files.readAllLines(Path.of("db/changelog/data/krakow-districts.csv")).stream().skip(1)
                    .map(line -> line.split(","))
                    .map(f -> new DistrictSummary(Long.parseLong(f[0]), Integer.parseInt(f[0]), f[1], f[2],
                            Integer.parseInt(f[3])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
