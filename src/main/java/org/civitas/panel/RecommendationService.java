package org.civitas.panel;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.internal.CityAnswers;
import org.civitas.panel.internal.RecommendationPages;
import org.civitas.panel.internal.Recommendations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations: members draft and amend them, vote within a window, and the city answers each one that passes.
 * Drafts and open votes are for the panel's people; what was decided, and the answers, are public.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    private final Recommendations recommendations;
    private final CityAnswers answers;
    private final RecommendationPages pages;
    private final MembershipService memberships;
    private final ProfileService profiles;

    RecommendationService(Recommendations recommendations, CityAnswers answers, RecommendationPages pages,
            MembershipService memberships, ProfileService profiles) {
        this.recommendations = recommendations;
        this.answers = answers;
        this.pages = pages;
        this.memberships = memberships;
        this.profiles = profiles;
    }

    /** The panel's decided recommendations with the city's answers: for everyone. */
    public List<RecommendationSummary> decided(long panelId) {
        return pages.decided(panelId);
    }

    /** Every recommendation, drafts included, with the reader's own vote: for the panel's people and coordinators. */
    @PermitAll
    public List<RecommendationSummary> all(long panelId) {
        CurrentAccount me = me();
        var place = memberships.me(panelId);
        if (place.isEmpty() && !coordinator(me)) {
            throw new AccessDeniedException("Only the panel's people see its drafts");
        }
        return pages.all(panelId, place.map(MemberSummary::id).orElse(null));
    }

    @Transactional
    @PermitAll
    public long draft(long panelId, String title, String text) {
        return recommendations.draft(panelId, me().id(), title, text);
    }

    @Transactional
    @PermitAll
    public void amend(long recommendationId, String title, String text, String note) {
        recommendations.amend(recommendationId, me().id(), title, text, note);
    }

    /** Opens the vote until {@code closesAt}: the panel's moderator or a coordinator. */
    @Transactional
    @PermitAll
    public void openVote(long recommendationId, Instant closesAt) {
        CurrentAccount me = me();
        recommendations.open(recommendationId, coordinator(me) ? null : me.id(), closesAt);
    }

    @Transactional
    @PermitAll
    public void vote(long recommendationId, VoteChoice choice) {
        recommendations.vote(recommendationId, me().id(), choice);
    }

    /** Counts the votes whose window has ended (the panel job does this every few minutes too). */
    @Transactional
    public int closeDue() {
        return recommendations.closeDue();
    }

    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void answer(long recommendationId, AnswerDecision decision, String reasons) {
        answers.answer(recommendationId, me().id(), decision, reasons);
    }

    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void progress(long recommendationId, AnswerProgress progress, String text) {
        answers.progress(recommendationId, me().id(), progress, text);
    }

    /** Reminds the officials of answers due within a week or overdue (the panel job does this too). */
    @Transactional
    public int remindDue() {
        return answers.remindDue();
    }

    private CurrentAccount me() {
        return profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private static boolean coordinator(CurrentAccount me) {
        return me.has(Role.OFFICIAL) || me.has(Role.ADMIN);
    }
}
