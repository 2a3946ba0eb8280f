package org.civitas.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.civitas.identity.Role;
import org.civitas.notification.internal.DailyDigest;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.SupportService;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationPreferencesTest extends IntegrationTest {

    @Autowired
    NotificationPreferences preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    SupportService supports;
    @Autowired
    ProposalFixtures fixtures;

    @Test
    void a_resident_who_chose_the_daily_digest_gets_the_news_once_a_day_and_mandatory_mails_at_once() throws Exception {
        var proposal = fixtures.submitted(fixtures.edition(), "Poidełko na Kazimierzu");
        TestMail.awaitMail(proposal.author(), "submitted", Duration.ofSeconds(20));
        preferences.set(NotificationKind.SUPPORT_PROGRESS, DeliveryMode.DAILY_DIGEST);
        assertThat(preferences.mine()).containsEntry(NotificationKind.SUPPORT_PROGRESS, DeliveryMode.DAILY_DIGEST)
                .containsEntry(NotificationKind.FINAL_LIST, DeliveryMode.IMMEDIATE)
                .as("results mails are opt-in").containsEntry(NotificationKind.RESULTS, DeliveryMode.NONE);

        accounts.signIn(accounts.create(Role.OFFICIAL));
        supports.recordPaperSupports(proposal.id(), 15);
        Thread.sleep(4000); // time for the threshold mail, which must not come on its own
        assertThat(TestMail.mailsTo(proposal.author())).extracting(TestMail::subject)
                .noneMatch(s -> s.contains("enough supporters"));

        digest.send();
        var daily = TestMail.awaitMail(proposal.author(), "of the day", Duration.ofSeconds(20));
        assertThat(TestMail.text(daily)).contains("Your proposal has enough supporters").contains("Poidełko na Kazimierzu");
    }

    @Test
    void nothing_means_nothing() throws Exception {
        var proposal = fixtures.submitted(fixtures.edition(), "Stojaki przy bibliotece");
        preferences.set(NotificationKind.SUPPORT_PROGRESS, DeliveryMode.NONE);
        accounts.signIn(accounts.create(Role.OFFICIAL));
        supports.recordPaperSupports(proposal.id(), 15);
        Thread.sleep(4000);
        digest.send();
        Thread.sleep(1000);
        assertThat(TestMail.mailsTo(proposal.author())).extracting(TestMail::subject)
                .noneMatch(s -> s.contains("enough supporters") || s.contains("of the day"));
    }
}
