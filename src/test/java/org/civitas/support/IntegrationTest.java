package org.civitas.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context that every integration test shares: the real application on a random port, a real
 * MariaDB (see DatabaseEnvironment), a real SMTP server (GreenMail) and a clock tests can move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({IntegrationTest.Config.class, TestAccounts.class, org.civitas.proposal.ProposalFixtures.class,
        org.civitas.proposal.BallotFixtures.class, org.civitas.panel.PanelFixtures.class})
public abstract class IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired
    protected TestClock clock;

    @Autowired
    protected TestAccounts accounts;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
