package org.civitas.results.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.ImportedEdition;
import org.civitas.tally.Election;
import org.civitas.tally.Project;

/**
 * The past edition a pabulib file describes: its name, its voting days (always before today), its pool and how it is
 * counted ({@link FileRule}).
 */
final class EditionPlan {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int LONGEST_NAME = 200;

    private EditionPlan() {
    }

    static ImportedEdition of(Election election, List<Project> projects, BallotRule rule,
            Optional<DistrictSummary> district, LocalDate today) {
        Map<String, String> meta = election.meta();
        LocalDate end = day(meta.get("date_end"), true).or(() -> yearOf(meta.get("instance"), true))
                .filter(d -> d.isBefore(today)).orElse(today.minusDays(1));
        LocalDate start = day(meta.get("date_begin"), false).or(() -> yearOf(meta.get("instance"), false))
                .filter(d -> !d.isAfter(end)).orElse(end);
        BigDecimal min = projects.stream().map(Project::cost).min(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal max = projects.stream().map(Project::cost).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        FileRule counting = FileRule.of(election);
        return new ImportedEdition(name(meta), start, end, rule, counting.counting(), counting.minPoints(),
                election.budget(), min, max, district.map(DistrictSummary::id).orElse(null), categories(projects));
    }

    /** The description (else unit and subunit), with the instance when the description does not say it. */
    static String name(Map<String, String> meta) {
        String description = meta.getOrDefault("description", "").strip();
        String name = description.isEmpty()
                ? (meta.getOrDefault("unit", "") + " " + meta.getOrDefault("subunit", "")).strip()
                : description;
        String instance = meta.getOrDefault("instance", "").strip();
        name = name.contains(instance) ? name : (name + " " + instance).strip();
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    /** The pool's area as the file names it: its district, else its subunit, else its unit. */
    static String area(Map<String, String> meta) {
        for (String key : List.of("district", "subunit", "unit")) {
            String value = meta.getOrDefault(key, "").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** Kraków's district of the file's pool, when the file is Kraków's and names one of its districts. */
    static Optional<DistrictSummary> district(Map<String, String> meta, List<DistrictSummary> districts) {
        if (!plain(meta.getOrDefault("unit", "")).equals("krakow")) {
            return Optional.empty();
        }
        var names = List.of(plain(meta.getOrDefault("district", "")), plain(meta.getOrDefault("subunit", "")));
        return districts.stream().filter(d -> names.contains(plain(d.name()))).findFirst();
    }

    /** The first category each project names, in file order. */
    static List<String> categories(List<Project> projects) {
        var categories = new LinkedHashSet<String>();
        for (Project p : projects) {
            firstCategory(p).ifPresent(categories::add);
        }
        return List.copyOf(categories);
    }

    static Optional<String> firstCategory(Project project) {
        String listed = project.extras().getOrDefault("category", "");
        String first = listed.split(",", 2)[0].strip();
        return first.isEmpty() ? Optional.empty()
                : Optional.of(first.length() > LONGEST_NAME ? first.substring(0, LONGEST_NAME) : first);
    }

    private static Optional<LocalDate> day(String text, boolean last) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException notADay) {
            return yearOf(text, last);
        }
    }

    /** The first or last day of the year the text starts with ({@code 2024}, {@code 2024/2025}). */
    private static Optional<LocalDate> yearOf(String text, boolean last) {
        if (text == null || !text.strip().matches("\\d{4}.*")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text.strip().substring(0, 4));
        return Optional.of(last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
    }

    /** Lower case without diacritics, so "Bieńczyce", "Bienczyce" and "BIEŃCZYCE" match. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L').toLowerCase(Locale.ROOT);
    }
}
