package org.civitas.notification.internal;

import java.util.List;

import org.civitas.budget.EditionService;
import org.civitas.budget.LocalizedName;
import org.civitas.identity.Contacts;
import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;
import org.civitas.proposal.ProposalAuthors;
import org.civitas.results.ResultsPublished;
import org.civitas.voting.Participants;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Published results: every author and co-author learns whether their project is funded (mandatory: it is the
 * city's decision about their proposal); voters who asked for it learn that the results are out.
 */
@Component
class ResultsMails {

    private final NoticeMails notices;
    private final ProposalAuthors authors;
    private final PreferenceRepository preferences;
    private final Participants participants;
    private final Contacts contacts;
    private final EditionService editions;

    ResultsMails(NoticeMails notices, ProposalAuthors authors, PreferenceRepository preferences,
            Participants participants, Contacts contacts, EditionService editions) {
        this.notices = notices;
        this.authors = authors;
        this.preferences = preferences;
        this.participants = participants;
        this.contacts = contacts;
        this.editions = editions;
    }

    @ApplicationModuleListener
    void on(ResultsPublished e) {
        String link = "/results/" + e.editionId();
        LocalizedName edition = editions.details(e.editionId()).name();
        tell(e.funded(), "results-funded", link, edition);
        tell(e.unfunded(), "results-not-funded", link, edition);
        preferences.findByKindAndModeNot(NotificationKind.RESULTS, DeliveryMode.NONE).stream()
                .filter(p -> participants.voted(e.editionId(), p.getAccountId()))
                .forEach(p -> contacts.byId(p.getAccountId()).ifPresent(voter -> notices.send(voter,
                        NotificationKind.RESULTS, "results-published", link, List.of(edition.in(voter.language())))));
    }

    private void tell(List<Long> proposals, String template, String link, LocalizedName edition) {
        proposals.forEach(id -> authors.of(id).ifPresent(p -> p.contacts().forEach(author -> notices.send(author,
                null, template, link, List.of(p.title(), edition.in(author.language()))))));
    }
}
