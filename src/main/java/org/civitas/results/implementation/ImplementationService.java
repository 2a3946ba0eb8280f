package org.civitas.results.implementation;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.ProfileService;
import org.civitas.results.implementation.internal.ImplementationQueries;
import org.civitas.results.implementation.internal.ImplementationRepository;
import org.civitas.results.implementation.internal.ProjectPages;
import org.civitas.results.implementation.internal.Updates;
import org.civitas.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation of funded projects: public lists and pages with every update, and the officials' updates.
 * Records open by themselves when results are published (see ImplementationTracker).
 */
@Service
@Transactional(readOnly = true)
public class ImplementationService {

    private final ImplementationRepository implementations;
    private final ImplementationQueries queries;
    private final ProjectPages pages;
    private final Updates updates;
    private final ProfileService profiles;

    ImplementationService(ImplementationRepository implementations, ImplementationQueries queries, ProjectPages pages,
            Updates updates, ProfileService profiles) {
        this.implementations = implementations;
        this.queries = queries;
        this.pages = pages;
        this.updates = updates;
        this.profiles = profiles;
    }

    /** The editions with funded projects, newest first. */
    public List<Long> editions() {
        return implementations.editionIds();
    }

    public List<ImplementationSummary> search(ImplementationQuery query, int offset, int limit) {
        return queries.page(query, offset, limit);
    }

    public int count(ImplementationQuery query) {
        return queries.count(query);
    }

    /** A funded project's page, with the proposal's title and summary in the reader's language where translated. */
    public Optional<ImplementationPage> page(long proposalId, Language reader) {
        return pages.page(proposalId, reader);
    }

    /** Posts a dated update: the new status and progress, and what happened; the followers get a mail. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void post(long proposalId, PostUpdate update) {
        long me = profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        updates.post(proposalId, me, update);
    }
}
