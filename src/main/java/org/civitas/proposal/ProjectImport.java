package org.civitas.proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the projects of a past edition, read from a pabulib file, on its final list. The importing official
 * stands as their author; no event is published, since nobody is to be told about a past vote.
 */
@Service
@Transactional
public class ProjectImport {

    /** The proposal table's title length. */
    private static final int LONGEST_TITLE = 200;

    private final ProposalRepository proposals;
    private final Authorship authorship;
    private final ProposalRules rules;

    ProjectImport(ProposalRepository proposals, Authorship authorship, ProposalRules rules) {
        this.proposals = proposals;
        this.authorship = authorship;
        this.rules = rules;
    }

    /** @return each project's new proposal id, by the file's project id */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public Map<String, Long> importProjects(long editionId, long poolId, List<ImportedProject> projects) {
        long official = authorship.me().id();
        var ids = new LinkedHashMap<String, Long>();
        for (ImportedProject p : projects) {
            String title = p.title().isBlank() ? p.externalRef() : p.title().strip();
            title = title.length() > LONGEST_TITLE ? title.substring(0, LONGEST_TITLE - 1) + "…" : title;
            Proposal saved = proposals.save(Proposal.imported(editionId, poolId, p.categoryId(), official, title,
                    p.cost(), p.externalRef(), rules.now()));
            ids.put(p.externalRef(), saved.getId());
        }
        return ids;
    }
}
