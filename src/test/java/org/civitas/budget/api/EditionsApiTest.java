package org.civitas.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionForms;
import org.civitas.budget.EditionService;
import org.civitas.identity.Role;
import org.civitas.shared.Formats;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EditionsApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EditionService editions;
    @Autowired
    DistrictService districts;

    @Test
    void lists_editions_as_public_json_without_signing_in() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        String name = "Open data " + System.nanoTime();
        long id = editions.create(EditionForms.valid(name, LocalDate.now(Formats.CITY_ZONE), districts.all()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        var response = http.getForEntity("/api/v1/editions", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
        JsonNode edition = null;
        for (JsonNode e : new ObjectMapper().readTree(response.getBody())) {
            if (e.path("id").asLong() == id) {
                edition = e;
            }
        }
        assertThat(edition).as("the new edition is listed").isNotNull();
        assertThat(edition.at("/name/pl").asText()).isEqualTo(name);
        assertThat(edition.at("/name/ka").asText()).as("Polish stands in for a missing name").isEqualTo(name);
        assertThat(edition.path("currentPhase").asText()).isEqualTo("SUBMISSION");
        assertThat(edition.path("phases")).hasSize(8);
        assertThat(edition.path("pools")).hasSize(19);
        assertThat(edition.at("/pools/0/districtNumber").isNull()).as("the city-wide pool first").isTrue();
        assertThat(edition.at("/pools/1/districtName").asText()).isEqualTo("Stare Miasto");
        assertThat(edition.at("/pools/0/amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(edition.at("/ballot/rule").asText()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("password").doesNotContain("@example.org");
    }
}
