package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.civitas.voting.internal.ReceiptCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The confirmation mail says that a ballot was recorded, in which edition and on which day, and nothing that
 * would tie the voter to it: no receipt code, no hash of it, no project the voter chose (docs/adr/0006).
 */
class ConfirmationMailTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    JdbcClient jdbc;

    EditionDetails edition;
    PoolSummary city;
    PoolSummary district;
    List<Long> cityProjects;
    List<Long> districtProjects;
    String voter;
    final String subject = ResourceBundle.getBundle("mail/messages", Locale.ENGLISH).getString("mail.ballot-cast.subject");

    /** An open Kraków vote, three projects in each of the voter's pools, and the voter signed in. */
    @BeforeEach
    void signedInVoter() {
        edition = ballots.openKrakowVote();
        city = ballots.cityPool(edition);
        district = ballots.districtPool(edition);
        cityProjects = ballots.onBallot(edition, city, 3, new BigDecimal("100000"));
        districtProjects = ballots.onBallot(edition, district, 3, new BigDecimal("10000"));
        voter = accounts.residentOf(district.districtId());
        accounts.signIn(voter);
    }

    @Test
    void the_confirmation_names_the_edition_and_the_day_but_neither_the_receipt_code_nor_any_chosen_project() throws Exception {
        Receipt receipt = voting.cast(edition.id(), Identities.pesel(8101), district.districtId(),
                KrakowBallot.of(city, cityProjects, district, districtProjects));

        MimeMessage mail = TestMail.awaitMail(voter, subject, Duration.ofSeconds(30));
        String everything = TestMail.subject(mail) + "\n" + String.join("\n", texts(mail));
        assertThat(texts(mail)).as("a plain and an HTML part").hasSizeGreaterThanOrEqualTo(2);
        assertThat(everything).as("the right mail").contains(edition.name().in(Language.EN))
                .contains(org.civitas.shared.Formats.date(receipt.castOn(), Language.EN.locale()));
        assertThat(everything).doesNotContain(receipt.code()).doesNotContain(receipt.code().replace("-", ""))
                .doesNotContainIgnoringCase(ReceiptCodes.hash(receipt.code()));
        for (long project : concat(cityProjects, districtProjects)) {
            String title = jdbc.sql("select title from proposal where id = ?").param(project).query(String.class).single();
            assertThat(everything).as("the title of project %d", project).doesNotContain(title);
            // the titles share a random prefix, so not even a shortened title is in the mail
            assertThat(everything).doesNotContain(title.substring(0, title.indexOf(' ')));
        }
    }

    @Test
    void a_mail_server_outage_delays_the_confirmation_but_loses_none_and_sends_it_once() throws Exception {
        TestMail.stop();
        try {
            voting.cast(edition.id(), Identities.pesel(8102), district.districtId(),
                    KrakowBallot.of(city, cityProjects, district, districtProjects));
            Thread.sleep(3000); // several passes of the mailer fail while the server is down
            assertThat(owed(edition.id())).as("still owed while the server is down").isEqualTo(1);
        } finally {
            TestMail.restart();
        }

        TestMail.awaitMail(voter, subject, Duration.ofSeconds(30));
        Thread.sleep(3000);
        assertThat(TestMail.mailsTo(voter)).as("sent once, not again").hasSize(1);
        assertThat(owed(edition.id())).as("no longer owed once sent").isZero();
    }

    private int owed(long editionId) {
        return jdbc.sql("select count(*) from participation where edition_id = ? and confirmation_due").param(editionId)
                .query(Integer.class).single();
    }

    /** Every text part of the mail (plain and HTML), decoded. */
    private static List<String> texts(Part part) throws Exception {
        List<String> texts = new ArrayList<>();
        if (part.isMimeType("text/*")) {
            texts.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                texts.addAll(texts(multipart.getBodyPart(i)));
            }
        }
        return texts;
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
