package org.civitas.proposal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.proposal.internal.AttachmentRepository;
import org.civitas.proposal.internal.CatalogueQueries;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue of an edition's proposals, and each proposal's page; no login needed. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CatalogueQueries queries;
    private final ProposalRepository proposals;
    private final ProfileService profiles;
    private final Contacts contacts;
    private final AttachmentRepository attachments;

    CatalogueService(CatalogueQueries queries, ProposalRepository proposals, ProfileService profiles,
            Contacts contacts, AttachmentRepository attachments) {
        this.queries = queries;
        this.proposals = proposals;
        this.profiles = profiles;
        this.contacts = contacts;
        this.attachments = attachments;
    }

    public List<ProposalCard> search(CatalogueQuery query, int offset, int limit) {
        return queries.page(query, offset, limit);
    }

    public int count(CatalogueQuery query) {
        return queries.count(query);
    }

    /** Up to five submitted proposals of the edition that read like the given title and summary: possible duplicates. */
    public List<SimilarProposal> similar(long editionId, long excludedId, String text) {
        return queries.similar(editionId, excludedId, text, 5);
    }

    /** A submitted proposal's page; a draft only for its authors, so its URL can be shared among them. */
    public Optional<ProposalPage> page(long id, Language reader) {
        Optional<CurrentAccount> me = profiles.current();
        return proposals.findById(id).filter(p -> p.getStatus().isPublic()
                || me.map(m -> p.isAuthor(m.id(), m.email())).orElse(false))
                .map(p -> page(p, reader, me));
    }

    private ProposalPage page(Proposal p, Language reader, Optional<CurrentAccount> me) {
        var translations = p.translations();
        var translation = translations.get(reader);
        boolean useTranslation = reader != p.language() && translation != null && !translation.getTitle().isBlank();
        var available = translations.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(translations.keySet());
        var form = p.form();
        return new ProposalPage(p.getId(), p.getEditionId(),
                useTranslation ? translation.getTitle() : p.getTitle(),
                useTranslation && !translation.getSummary().isBlank() ? translation.getSummary() : p.getSummary(),
                useTranslation && !translation.getDescription().isBlank() ? translation.getDescription() : p.getDescription(),
                useTranslation ? reader : p.language(), p.language(), available, p.getPoolId(), p.getCategoryId(),
                p.getAddress(), p.getLatitude(), p.getLongitude(), form.getCostItems(), p.getTotalCost(),
                p.getStatus(), contacts.publicName(p.getAuthorId()).orElse(""), p.getSubmittedAt(), attachments.summaries(p.getId()),
                me.map(m -> p.isAuthor(m.id(), m.email())).orElse(false), p.getMergedIntoId(), p.getHiddenReason());
    }
}
