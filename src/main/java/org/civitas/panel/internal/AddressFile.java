package org.civitas.panel.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.civitas.panel.PanelRuleException;
import org.civitas.panel.RecruitmentService;
import org.civitas.panel.sortition.CsvTable;
import org.civitas.panel.sortition.InvalidInputException;

/**
 * An address list as the city's register office exports it: UTF-8 CSV with a header line, a required
 * {@code address} column (the full postal address line) and optional {@code postcode}, {@code city} and
 * {@code district}, separated by commas or semicolons (whichever the header uses). Read whole and checked whole
 * before anything is saved; every refusal names the line. The same household twice is kept once and counted.
 */
final class AddressFile {

    static final int MAX_ADDRESS = 500;
    static final int MAX_POSTCODE = 20;
    static final int MAX_PLACE = 100;

    /** One household, with the line of the file it came from. */
    record Row(int line, String address, String key, String postcode, String city, String district) {
    }

    /** The rows to add and the duplicates left out (within the file or already on the panel's list). */
    record Parsed(List<Row> rows, int duplicates, int firstDuplicateLine) {
    }

    private AddressFile() {
    }

    static Parsed parse(byte[] bytes, Set<String> knownKeys) {
        if (bytes.length > RecruitmentService.MAX_MEGABYTES * 1024 * 1024) {
            throw new PanelRuleException("panel.recruitment.error.too-large", RecruitmentService.MAX_MEGABYTES);
        }
        String text = utf8(bytes);
        CsvTable table;
        try {
            table = CsvTable.parse(text, delimiter(text), "address list");
        } catch (InvalidInputException e) {
            if (e.line() == 0) {
                throw new PanelRuleException("panel.recruitment.error.empty");
            }
            throw new PanelRuleException("panel.recruitment.error.bad-csv", String.valueOf(e.line()));
        }
        OptionalInt address = table.column("address");
        if (address.isEmpty()) {
            throw new PanelRuleException("panel.recruitment.error.no-address-column", String.join(", ", table.header()));
        }
        if (table.rows().isEmpty()) {
            throw new PanelRuleException("panel.recruitment.error.no-addresses");
        }
        if (table.rows().size() > RecruitmentService.MAX_ROWS) {
            throw new PanelRuleException("panel.recruitment.error.too-many-rows", RecruitmentService.MAX_ROWS);
        }
        return rows(table, address.getAsInt(), knownKeys);
    }

    private static Parsed rows(CsvTable table, int address, Set<String> knownKeys) {
        OptionalInt postcode = table.column("postcode");
        OptionalInt city = table.column("city");
        OptionalInt district = table.column("district");
        Set<String> seen = new HashSet<>(knownKeys);
        List<Row> rows = new ArrayList<>();
        int duplicates = 0;
        int firstDuplicate = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            int line = table.line(r);
            String text = cell(table, r, OptionalInt.of(address), "address", MAX_ADDRESS).replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                throw new PanelRuleException("panel.recruitment.error.empty-address", String.valueOf(line));
            }
            String key = text.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                duplicates++;
                firstDuplicate = firstDuplicate == 0 ? line : firstDuplicate;
                continue;
            }
            rows.add(new Row(line, text, key, cell(table, r, postcode, "postcode", MAX_POSTCODE),
                    cell(table, r, city, "city", MAX_PLACE), cell(table, r, district, "district", MAX_PLACE)));
        }
        return new Parsed(rows, duplicates, firstDuplicate);
    }

    private static String cell(CsvTable table, int r, OptionalInt column, String name, int max) {
        String value = column.isPresent() ? table.cell(r, column.getAsInt()).strip() : "";
        if (value.length() > max) {
            throw new PanelRuleException("panel.recruitment.error.too-long", String.valueOf(table.line(r)), name, max);
        }
        return value;
    }

    /** A semicolon when the header line has more of them than commas (as spreadsheets write in Poland). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PanelRuleException("panel.recruitment.error.not-utf8");
        }
    }
}
