package org.civitas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

class HealthTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void health_is_up_without_signing_in_when_the_database_answers() {
        var response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() {
        var response = http.getForEntity("/actuator/env", String.class);

        assertThat(response.getBody()).doesNotContain("propertySources").doesNotContain("spring.datasource");
    }
}
