package org.civitas.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.proposal.internal.ProposalRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to write to about a proposal: its author and the co-authors who accepted, for the notification module's
 * listeners (which run after the commit, signed in as nobody). Never shown on a page.
 */
@Component
@Transactional(readOnly = true)
public class ProposalAuthors {

    private final ProposalRepository proposals;
    private final Contacts contacts;

    ProposalAuthors(ProposalRepository proposals, Contacts contacts) {
        this.proposals = proposals;
        this.contacts = contacts;
    }

    /** The proposal's title as written and its authors' contacts; erased accounts are left out. */
    public Optional<Authors> of(long proposalId) {
        return proposals.findById(proposalId).map(p -> {
            List<Contact> authors = new ArrayList<>();
            contacts.byId(p.getAuthorId()).ifPresent(authors::add);
            p.coAuthors().stream().filter(c -> c.status() == CoAuthorStatus.ACCEPTED)
                    .forEach(c -> contacts.byEmail(c.email()).ifPresent(authors::add));
            return new Authors(p.getId(), p.getTitle(), authors);
        });
    }

    public record Authors(long proposalId, String title, List<Contact> contacts) {

        public Authors {
            contacts = List.copyOf(contacts);
        }
    }
}
