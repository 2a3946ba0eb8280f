package org.civitas.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.civitas.identity.Contacts;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

class DemoProposalsTest extends IntegrationTest {

    private static final List<String> AUTHORS = List.of("anna.nowak", "tomasz.wojcik", "resident", "andrii.melnyk",
            "siarhei.kavalenka", "giorgi.beridze", "emily.carter", "maria.sokolova");

    @Autowired
    ProposalRepository proposals;
    @Autowired
    EditionService editions;
    @Autowired
    DistrictService districts;
    @Autowired
    Contacts contacts;
    @Autowired
    ObjectMapper json;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.civitas.proposal.BallotFixtures ballots;

    @Test
    void the_demo_proposals_are_not_seeded_outside_dev() {
        assertThat(context.getBeansOfType(DemoProposals.class)).isEmpty();
    }

    @Test
    void seeds_the_demo_proposals_once_into_the_edition_open_for_submission() throws Exception {
        for (String author : AUTHORS) {
            if (contacts.byEmail(author + "@civitas.demo").isEmpty()) {
                var account = accounts.find(accounts.create());
                account.setDisplayName(author);
                // the demo authors' addresses, on throwaway accounts of this test database
                org.springframework.test.util.ReflectionTestUtils.setField(account, "email", author + "@civitas.demo");
                context.getBean(org.civitas.identity.internal.AccountRepository.class).save(account);
            }
        }
        var edition = fixtures.edition();
        var vote = ballots.openKrakowVote();
        var seeder = new DemoProposals(proposals, editions, districts, contacts, json);
        seeder.run(null);
        seeder.run(null);

        var all = CatalogueQuery.of(edition.id(), Language.EN);
        assertThat(catalogue.count(all)).isEqualTo(36);
        var languages = catalogue.search(all, 0, 100).stream().map(c -> c.original()).distinct().toList();
        assertThat(languages).containsExactlyInAnyOrder(Language.values());
        var verification = new CatalogueQuery(edition.id(), "", null, null, ProposalStatus.IN_VERIFICATION, null,
                CatalogueQuery.Order.NEWEST, Language.EN);
        assertThat(catalogue.count(verification)).isEqualTo(10);
        var onBallot = new CatalogueQuery(vote.id(), "", null, null, ProposalStatus.ON_BALLOT, null,
                CatalogueQuery.Order.NEWEST, Language.EN);
        assertThat(catalogue.count(onBallot)).as("the demo vote's final list").isEqualTo(36);
    }
}
