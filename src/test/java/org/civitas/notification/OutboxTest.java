package org.civitas.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.civitas.identity.AccountService;
import org.civitas.identity.Registration;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxTest extends IntegrationTest {

    @Autowired
    AccountService accountService;

    @Test
    void a_mail_server_outage_delays_the_mail_but_loses_none() throws Exception {
        TestMail.stop();
        try {
            var registration = new Registration();
            registration.setEmail("outage@example.org");
            registration.setDisplayName("Outage");
            registration.setPassword("Long-enough-pass-1");
            registration.setLanguage(Language.PL);
            accountService.register(registration);
            Thread.sleep(3000); // the first delivery fails while the server is down; a retry comes after the grace period
        } finally {
            TestMail.restart();
        }

        var mail = TestMail.awaitMail("outage@example.org", "", Duration.ofSeconds(30));
        assertThat(TestMail.text(mail)).contains("/verify?token=");
        Thread.sleep(3000);
        assertThat(TestMail.mailsTo("outage@example.org")).as("delivered once, not again").hasSize(1);
    }
}
