package org.civitas.results.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.civitas.identity.Role;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class ImplementationMailsTest extends IntegrationTest {

    @Autowired
    ImplementationService implementation;
    @Autowired
    FollowService follows;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AccountRepository accountRepository;

    @Test
    void the_author_and_a_follower_get_each_update_in_their_language_and_an_unfollowed_resident_does_not() {
        var edition = fixtures.edition();
        var project = fixtures.submitted(edition, "Zielony dziedziniec szkoły");
        FundedProjects.publish(events, transaction, implementation, edition.id(), List.of(project.id()), List.of());
        speaks(project.author(), Language.PL);
        String follower = accounts.create(Role.RESIDENT);
        speaks(follower, Language.UK);
        String former = accounts.create(Role.RESIDENT);
        accounts.signIn(follower);
        follows.follow(project.id());
        accounts.signIn(former);
        follows.follow(project.id());
        follows.unfollow(project.id());

        accounts.signIn(accounts.create(Role.OFFICIAL));
        implementation.post(project.id(), new PostUpdate(ImplementationStatus.IN_PROGRESS, 35, "Trwa budowa.", null));

        var polish = TestMail.awaitMail(project.author(), "Nowości o projekcie", Duration.ofSeconds(20));
        assertThat(TestMail.text(polish)).contains("„Zielony dziedziniec szkoły”", "w realizacji", "35 %",
                "/implementation/" + project.id());
        var ukrainian = TestMail.awaitMail(follower, "Новини про проєкт", Duration.ofSeconds(20));
        assertThat(TestMail.text(ukrainian)).contains("«Zielony dziedziniec szkoły»", "виконується", "35 %",
                "/implementation/" + project.id());
        FundedProjects.sleep(1500);
        assertThat(TestMail.mailsTo(former)).isEmpty();
        assertThat(TestMail.mailsTo(follower)).as("one mail per follower and update").hasSize(1);
    }

    private void speaks(String email, Language language) {
        var account = accounts.find(email);
        account.setLanguage(language);
        accountRepository.save(account);
    }
}
