package org.civitas.proposal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.Phase;
import org.civitas.budget.PhaseDates;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.Complete;
import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Formats;
import org.springframework.stereotype.Component;

/** The budget's rules for writing and submitting a proposal, against the edition's configuration and the clock. */
@Component
public class ProposalRules {

    private static final Set<ProposalStatus> EDITABLE_AFTER_SUBMISSION =
            Set.of(ProposalStatus.COLLECTING_SUPPORT, ProposalStatus.IN_VERIFICATION);

    private final Clock clock;
    private final Validator validator;
    private final EditionService editions;

    ProposalRules(Clock clock, Validator validator, EditionService editions) {
        this.clock = clock;
        this.validator = validator;
        this.editions = editions;
    }

    public EditionDetails edition(long editionId) {
        return editions.details(editionId);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }

    /** Authors may change a proposal until the city starts verifying the edition's proposals. */
    public boolean editable(ProposalStatus status, EditionDetails edition) {
        if (status == ProposalStatus.CHANGES_REQUESTED) {
            // the reviewer asked for changes: the author edits during verification and resubmits
            return true;
        }
        boolean beforeVerification = edition.phase(Phase.VERIFICATION).map(v -> today().isBefore(v.start())).orElse(true);
        return beforeVerification && (status == ProposalStatus.DRAFT || EDITABLE_AFTER_SUBMISSION.contains(status));
    }

    public void checkEditable(ProposalStatus status, EditionDetails edition) {
        if (!editable(status, edition)) {
            throw new ProposalRuleException("proposal.error.not-editable");
        }
    }

    public void checkSubmissionOpen(EditionDetails edition) {
        PhaseDates submission = edition.phase(Phase.SUBMISSION)
                .orElseThrow(() -> new ProposalRuleException("proposal.error.no-submission-phase"));
        if (!submission.covers(today())) {
            throw new ProposalRuleException("proposal.error.submission-closed", submission.start(), submission.end());
        }
    }

    /** Everything a submitted proposal needs: the form complete, and its pool, category and cost fitting the edition. */
    public void checkComplete(ProposalForm form, EditionDetails edition) {
        var violations = validator.validate(form, Default.class, Complete.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        PoolSummary pool = pool(form, edition);
        if (edition.categories().stream().noneMatch(c -> c.id() == form.getCategoryId())) {
            throw new ProposalRuleException("proposal.error.unknown-category");
        }
        checkCost(form, pool);
    }

    /** The pool the form names, which must be one of the edition's. */
    public PoolSummary pool(ProposalForm form, EditionDetails edition) {
        return edition.pools().stream().filter(p -> form.getPoolId() != null && p.id() == form.getPoolId()).findFirst()
                .orElseThrow(() -> new ProposalRuleException("proposal.error.unknown-pool"));
    }

    public void checkCost(ProposalForm form, PoolSummary pool) {
        var total = form.totalCost();
        if (total.compareTo(pool.minCost()) < 0) {
            throw new ProposalRuleException("proposal.error.cost-below", total, pool.minCost());
        }
        if (total.compareTo(pool.maxCost()) > 0) {
            throw new ProposalRuleException("proposal.error.cost-above", total, pool.maxCost());
        }
    }

    /**
     * Whether authors may still withdraw or merge proposals: until the edition's withdrawals and merges end, or,
     * for an edition without that phase, until the day before the vote.
     */
    public boolean withdrawalsOpen(EditionDetails edition) {
        var last = edition.phase(Phase.WITHDRAWALS_AND_MERGES).map(PhaseDates::end)
                .or(() -> edition.phase(Phase.VOTING).map(v -> v.start().minusDays(1)));
        return last.map(day -> !today().isAfter(day)).orElse(true);
    }

    /** An edition may set a minimum age to submit; then the author must have declared a date of birth. */
    public void checkAge(EditionDetails edition, CurrentAccount author) {
        Integer minimum = edition.minAgeToSubmit();
        if (minimum == null) {
            return;
        }
        var age = author.ageOn(today());
        if (age.isEmpty()) {
            throw new ProposalRuleException("proposal.error.age-unknown", minimum);
        }
        if (age.getAsInt() < minimum) {
            throw new ProposalRuleException("proposal.error.too-young", minimum);
        }
    }

    /** The last day to collect supporters: the edition's number of days after the day of submission. */
    public LocalDate supportDeadline(EditionDetails edition) {
        return today().plusDays(edition.support().days());
    }
}
