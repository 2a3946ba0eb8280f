package org.civitas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RecruitmentTest extends IntegrationTest {

    static final LetterTexts TEXTS = new LetterTexts(Map.of("sender", "Miasto Kraków", "heading", "Zaproszenie",
            "salutation", "Szanowni Państwo,", "intro", "Zapraszamy.", "register", "Zgłoszenie na stronie:", "code",
            "Kod z listu:", "closing", "Udział jest dobrowolny.", "signature", "Zespół panelu"),
            List.of("In English: register with the code.", "Українською: зареєструйтеся з кодом."));

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    PanelFixtures fixtures;

    @Test
    void an_address_list_is_imported_once_per_household_with_semicolons_and_quotes() {
        long panel = fixtures.smallPanel(0);
        String file = "\uFEFFaddress;postcode;city;district\n"
                + "\"ul. Długa 1; m. 2\";31-147;Kraków;Stare Miasto\n"
                + "os. Centrum A 1/5;31-923;Kraków;Nowa Huta\n"
                + "\n"
                + "\"UL.  DŁUGA 1;  M. 2\";31-147;Kraków;Stare Miasto\n"
                + "\"ul. Wielicka 3\nklatka B\";30-552;Kraków;Podgórze\n";
        AddressImport done = asOfficial(() -> recruitment.importAddresses(panel, utf8(file)));
        assertThat(done).isEqualTo(new AddressImport(3, 1, 5));

        AddressImport again = asOfficial(() -> recruitment.importAddresses(panel, utf8("address\nos. Centrum A 1/5\n"
                + "ul. Nowa 9\n")));
        assertThat(again).as("the household already on the list is a duplicate").isEqualTo(new AddressImport(1, 1, 2));
        assertThat(asOfficial(() -> recruitment.recruitment(panel)).addresses()).isEqualTo(4);
    }

    @Test
    void a_list_with_one_bad_line_is_refused_naming_the_line_and_nothing_is_saved() {
        long panel = fixtures.smallPanel(0);
        asOfficial(() -> recruitment.importAddresses(panel, utf8("address\nul. Krótka 1\n")));

        refused(panel, "address,city\nul. Długa 1,Kraków\nul. Długa 2,Kraków\n ,Kraków\n",
                "panel.recruitment.error.empty-address", "4");
        refused(panel, "street,city\nul. Długa 1,Kraków\n", "panel.recruitment.error.no-address-column",
                "street, city");
        refused(panel, "address\nul. Długa 1\n\"ul. Długa \"2\" bis\n", "panel.recruitment.error.bad-csv", "3");
        refused(panel, "address\n" + "x".repeat(501) + "\n", "panel.recruitment.error.too-long", "2", "address", 500);
        refused(panel, "address\n", "panel.recruitment.error.no-addresses");
        refused(panel, "", "panel.recruitment.error.empty");
        assertThatThrownBy(() -> asOfficial(() -> recruitment.importAddresses(panel,
                new byte[] {'a', 'd', 'd', 'r', 'e', 's', 's', '\n', (byte) 0xff, '\n'})))
                .hasFieldOrPropertyWithValue("messageKey", "panel.recruitment.error.not-utf8");
        assertThatThrownBy(() -> asOfficial(() -> recruitment.importAddresses(panel,
                new byte[RecruitmentService.MAX_MEGABYTES * 1024 * 1024 + 1])))
                .hasFieldOrPropertyWithValue("messageKey", "panel.recruitment.error.too-large");

        assertThat(asOfficial(() -> recruitment.recruitment(panel)).addresses()).isEqualTo(1);
    }

    @Test
    void a_batch_is_repeatable_with_its_seed_later_batches_invite_others_and_every_code_differs() {
        long first = fixtures.smallPanel(0);
        long second = fixtures.smallPanel(0);
        byte[] list = list(50);
        asOfficial(() -> recruitment.importAddresses(first, list));
        asOfficial(() -> recruitment.importAddresses(second, list));

        InvitationBatch batch = asOfficial(() -> recruitment.drawBatch(first, 10, " 7 13 21 "));
        assertThat(batch.number()).isEqualTo(1);
        assertThat(batch.seed()).isEqualTo("7 13 21");
        asOfficial(() -> recruitment.drawBatch(second, 10, "7 13 21"));
        List<CSVRecord> one = csv(first, 1);
        assertThat(one).hasSize(10);
        assertThat(addresses(one)).as("the same list and seed invite the same households")
                .isEqualTo(addresses(csv(second, 1)));

        assertThat(asOfficial(() -> recruitment.drawBatch(first, 15, "7 13 21")).number()).isEqualTo(2);
        List<CSVRecord> two = csv(first, 2);
        assertThat(addresses(two)).hasSize(15).doesNotContainAnyElementsOf(addresses(one));
        Set<String> codes = new HashSet<>();
        for (CSVRecord r : concat(one, two)) {
            assertThat(r.get("code")).matches("[2-9A-HJKMNP-Z]{8}");
            codes.add(r.get("code"));
        }
        assertThat(codes).hasSize(25);
        assertThat(one.get(0).toMap().keySet()).containsExactlyInAnyOrder("address", "postcode", "city", "district",
                "code");

        Recruitment state = asOfficial(() -> recruitment.recruitment(first));
        assertThat(state.invited()).isEqualTo(25);
        assertThat(state.notInvited()).isEqualTo(25);
        assertThat(state.batches()).extracting(InvitationBatch::number).containsExactly(2, 1);
        assertThatThrownBy(() -> asOfficial(() -> recruitment.drawBatch(first, 26, "x")))
                .isInstanceOfSatisfying(PanelRuleException.class, e -> assertThat(e.arguments()).containsExactly(25));
        assertThatThrownBy(() -> asOfficial(() -> recruitment.drawBatch(first, 5, "  ")))
                .hasFieldOrPropertyWithValue("messageKey", "panel.recruitment.error.seed");
    }

    @Test
    void the_letters_print_a_page_per_household_with_its_address_code_and_the_registration_address()
            throws IOException {
        long panel = fixtures.smallPanel(0);
        asOfficial(() -> recruitment.importAddresses(panel, list(12)));
        asOfficial(() -> recruitment.drawBatch(panel, 4, "letters"));
        CSVRecord first = csv(panel, 1).get(0);

        byte[] pdf = asOfficial(() -> recruitment.letters(panel, 1, TEXTS));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(first.get("address"), first.get("code"), "Jak ochłodzić Kraków w czasie upałów?",
                    "/panels/" + panel + "/register", "Українською");
        }
    }

    @Test
    void a_resident_registers_with_a_letter_code_once_and_an_unknown_or_used_code_is_refused() {
        long panel = fixtures.smallPanel(0);
        asOfficial(() -> recruitment.importAddresses(panel, list(5)));
        asOfficial(() -> recruitment.drawBatch(panel, 2, "codes"));
        String code = csv(panel, 1).get(0).get("code");
        Map<String, String> answers = PanelFixtures.sample().get(0);

        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> volunteers.register(panel, registration(answers, "ZZZZ2222")))
                .hasFieldOrPropertyWithValue("messageKey", "panel.recruitment.error.code-unknown");
        assertThat(volunteers.mine(panel)).isEmpty();
        volunteers.register(panel, registration(answers, " " + code.substring(0, 4).toLowerCase() + "-"
                + code.substring(4) + " "));
        assertThat(volunteers.mine(panel)).isPresent();

        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> volunteers.register(panel, registration(answers, code)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.recruitment.error.code-used");
        volunteers.register(panel, registration(answers, ""));

        Recruitment state = asOfficial(() -> recruitment.recruitment(panel));
        assertThat(state.registered()).isEqualTo(1);
        assertThat(state.responsePercent()).isEqualTo(50.0);
        assertThat(volunteers.count(panel)).isEqualTo(2);
    }

    @Test
    void a_resident_may_neither_import_nor_draw_nor_download() {
        long panel = fixtures.smallPanel(0);
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> recruitment.importAddresses(panel, list(3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recruitment.drawBatch(panel, 1, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recruitment.batchCsv(panel, 1)).isInstanceOf(AccessDeniedException.class);
    }

    private void refused(long panel, String file, String key, Object... arguments) {
        assertThatThrownBy(() -> asOfficial(() -> recruitment.importAddresses(panel, utf8(file))))
                .isInstanceOfSatisfying(PanelRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    private static VolunteerRegistration registration(Map<String, String> answers, String code) {
        return new VolunteerRegistration(answers, Language.PL, "", true, null, null, code);
    }

    /** n Kraków addresses, with commas in them as real ones have. */
    static byte[] list(int n) {
        var text = new StringBuilder("address,postcode,city,district\n");
        IntStream.rangeClosed(1, n).forEach(i -> text.append("\"ul. Testowa ").append(i).append(", m. ").append(i % 7)
                .append("\",31-").append(100 + i).append(",Kraków,Krowodrza\n"));
        return utf8(text.toString());
    }

    private List<CSVRecord> csv(long panel, int batch) {
        String text = new String(asOfficial(() -> recruitment.batchCsv(panel, batch)), StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> addresses(List<CSVRecord> rows) {
        Set<String> addresses = new HashSet<>();
        rows.forEach(r -> addresses.add(r.get("address")));
        return addresses;
    }

    private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
        List<CSVRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private <T> T asOfficial(java.util.function.Supplier<T> action) {
        return fixtures.asOfficial(action);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
