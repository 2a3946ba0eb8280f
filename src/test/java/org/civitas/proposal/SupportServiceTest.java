package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.internal.SupportDeadlines;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class SupportServiceTest extends IntegrationTest {

    @Autowired
    SupportService supports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    SupportDeadlines deadlines;
    @Autowired
    ProposalFixtures fixtures;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;

    @BeforeEach
    void submitted() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Skwer przy Rynku Podgórskim");
    }

    @Test
    void fifteen_residents_of_the_district_send_the_proposal_to_verification_and_the_author_hears_of_it() {
        for (int i = 0; i < 15; i++) {
            accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
            supports.support(proposal.id());
        }

        assertThat(status()).isEqualTo(ProposalStatus.IN_VERIFICATION);
        assertThat(supports.state(proposal.id()).supporters()).isEqualTo(15);
        var mail = TestMail.awaitMail(proposal.author(), "enough supporters", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("Skwer przy Rynku Podgórskim").contains("15");
    }

    @Test
    void refuses_a_resident_of_another_district_a_second_support_and_the_author() {
        long otherDistrict = edition.pools().stream().filter(p -> !p.cityWide())
                .filter(p -> !p.districtId().equals(proposal.pool().districtId())).findFirst().orElseThrow().districtId();
        accounts.signIn(accounts.residentOf(otherDistrict));
        assertRefused("proposal.support.other-district");

        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        supports.support(proposal.id());
        assertRefused("proposal.support.already");

        accounts.signIn(proposal.author());
        assertRefused("proposal.support.own");

        accounts.signIn(accounts.create(Role.RESIDENT));
        assertRefused("proposal.support.no-district");
        assertThat(supports.state(proposal.id()).supporters()).isEqualTo(1);
    }

    @Test
    void counts_one_support_when_the_same_resident_clicks_twice_at_the_same_moment() throws Exception {
        String resident = accounts.residentOf(proposal.pool().districtId());
        var auth = authenticationOf(resident);
        Callable<Boolean> click = () -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                supports.support(proposal.id());
                return true;
            } catch (ProposalRuleException e) {
                return false;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(click));
        }
        int counted = 0;
        for (var r : results) {
            counted += r.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(counted).isEqualTo(1);
        assertThat(supports.state(proposal.id()).supporters()).isEqualTo(1);
    }

    @Test
    void an_officials_count_of_a_paper_list_counts_towards_the_threshold() {
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        supports.support(proposal.id());
        accounts.signIn(accounts.create(Role.OFFICIAL));
        supports.recordPaperSupports(proposal.id(), 14);

        assertThat(status()).isEqualTo(ProposalStatus.IN_VERIFICATION);
        assertThat(supports.state(proposal.id()).paperSupporters()).isEqualTo(14);
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        assertThatThrownBy(() -> supports.recordPaperSupports(proposal.id(), 3))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_printable_support_list_is_a_pdf() {
        var texts = new java.util.HashMap<String, String>();
        for (String key : org.civitas.proposal.internal.SupportListSheet.REQUIRED_KEYS) {
            texts.put(key, key.equals("page") ? "Strona {0} z {1}" : "Tekst " + key);
        }
        byte[] pdf = supports.paperList(proposal.id(), Language.PL, "XIII Podgórze", texts);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void reminds_the_author_three_days_before_the_deadline_then_marks_the_proposal_as_lacking_support() {
        clock.advance(Duration.ofDays(7));
        deadlines.run();
        var reminder = TestMail.awaitMail(proposal.author(), "Three days", Duration.ofSeconds(20));
        assertThat(TestMail.text(reminder)).contains("0 of the 15");
        assertThat(status()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);

        clock.advance(Duration.ofDays(4));
        deadlines.run();
        assertThat(status()).isEqualTo(ProposalStatus.LACKING_SUPPORT);
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        assertRefused("proposal.support.closed");
    }

    private void assertRefused(String key) {
        assertThatThrownBy(() -> supports.support(proposal.id())).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo(key);
    }

    private ProposalStatus status() {
        return catalogue.page(proposal.id(), Language.PL).orElseThrow().status();
    }

    private org.springframework.security.core.Authentication authenticationOf(String email) {
        accounts.signIn(email);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        return auth;
    }
}
