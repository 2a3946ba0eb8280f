package org.civitas.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodesTest {

    @Test
    void a_code_is_four_groups_of_four_crockford_characters_without_letters_that_read_like_digits() {
        IntStream.range(0, 1_000).mapToObj(i -> ReceiptCodes.next()).forEach(code -> {
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            assertThat(ReceiptCodes.wellFormed(code)).isTrue();
        });
    }

    @Test
    void codes_do_not_repeat() {
        var codes = new HashSet<String>();
        IntStream.range(0, 10_000).forEach(i -> codes.add(ReceiptCodes.next()));
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void the_hash_is_a_sha_256_in_hex_that_does_not_contain_the_code() {
        String code = ReceiptCodes.next();
        assertThat(ReceiptCodes.hash(code)).matches("[0-9a-f]{64}").doesNotContain(code.replace("-", "").toLowerCase());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"7kqm-4xrt-9pwv-2h10", "7KQM4XRT9PWV2H10", "7KQM 4XRT 9PWV 2H10", "7KQM-4XRT-9PWV-2HIO",
        "7kqm-4xrt-9pwv-2hlo", "7KQM-4XRT-9PWV-2HL0", " 7KQM-4XRT-9PWV-2H1O "})
    void a_code_typed_in_lower_case_without_dashes_or_with_o_for_zero_and_i_or_l_for_one_finds_the_same_hash(
            String typed) {
        assertThat(ReceiptCodes.wellFormed(typed)).isTrue();
        assertThat(ReceiptCodes.hash(typed)).isEqualTo(ReceiptCodes.hash("7KQM-4XRT-9PWV-2H10"));
    }

    @Test
    void another_code_gives_another_hash() {
        assertThat(ReceiptCodes.hash("7KQM-4XRT-9PWV-2H11")).isNotEqualTo(ReceiptCodes.hash("7KQM-4XRT-9PWV-2H10"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "7KQM-4XRT-9PWV-2H1", "7KQM-4XRT-9PWV-2H10-X", "----"})
    void a_code_of_other_than_sixteen_characters_is_not_well_formed(String typed) {
        assertThat(ReceiptCodes.wellFormed(typed)).isFalse();
    }

    @Test
    void no_code_is_not_well_formed() {
        assertThat(ReceiptCodes.wellFormed(null)).isFalse();
    }
}
