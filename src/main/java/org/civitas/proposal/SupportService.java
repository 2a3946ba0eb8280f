package org.civitas.proposal;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalEvents;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.civitas.proposal.internal.Support;
import org.civitas.proposal.internal.SupportListPdf;
import org.civitas.proposal.internal.SupportListSheet;
import org.civitas.proposal.internal.SupportRepository;
import org.civitas.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporters of submitted proposals: residents of the pool's area support with one click; officials enter the
 * count of a paper list. Reaching the edition's threshold before the deadline sends the proposal to verification.
 */
@Service
@Transactional(readOnly = true)
public class SupportService {

    private static final Logger log = LoggerFactory.getLogger(SupportService.class);
    private static final Set<ProposalStatus> COLLECTING =
            Set.of(ProposalStatus.COLLECTING_SUPPORT, ProposalStatus.IN_VERIFICATION);
    private static final int ROWS_PER_PAGE = 15;

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final ProposalRules rules;
    private final ProposalEvents events;
    private final ProfileService profiles;
    private final SupportListPdf pdf = new SupportListPdf();

    SupportService(ProposalRepository proposals, SupportRepository supports, ProposalRules rules,
            ProposalEvents events, ProfileService profiles) {
        this.proposals = proposals;
        this.supports = supports;
        this.rules = rules;
        this.events = events;
        this.profiles = profiles;
    }

    /** Public: anyone may see how a proposal's support stands; a visitor is told to sign in to support. */
    public SupportState state(long proposalId) {
        Proposal p = find(proposalId);
        EditionDetails edition = rules.edition(p.getEditionId());
        Optional<CurrentAccount> me = profiles.current();
        boolean mine = me.map(m -> supports.existsByProposalIdAndAccountId(proposalId, m.id())).orElse(false);
        boolean collecting = collecting(p);
        long daysLeft = p.getSupportDeadline() == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(rules.today(), p.getSupportDeadline()) + 1);
        return new SupportState(p.getESupports() + p.getPaperSupports(), p.getPaperSupports(),
                edition.support().supporters(), p.getSupportDeadline(), daysLeft, collecting, mine,
                refusal(p, edition, me, mine));
    }

    @RolesAllowed("RESIDENT")
    @Transactional
    public void support(long proposalId) {
        Proposal p = proposals.lockById(proposalId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new java.util.NoSuchElementException("No public proposal " + proposalId));
        EditionDetails edition = rules.edition(p.getEditionId());
        CurrentAccount me = profiles.current().orElseThrow();
        boolean already = supports.existsByProposalIdAndAccountId(proposalId, me.id());
        Optional<String> refusal = refusal(p, edition, Optional.of(me), already);
        if (refusal.isPresent()) {
            throw new ProposalRuleException(refusal.get());
        }
        try {
            supports.saveAndFlush(new Support(proposalId, me.id(), rules.now()));
        } catch (DataIntegrityViolationException twoClicksAtOnce) {
            throw new ProposalRuleException("proposal.support.already");
        }
        proposals.countSupport(proposalId);
        checkThreshold(find(proposalId), edition);
    }

    /** The number of valid signatures on the proposal's paper lists, as counted by an official; replaces the last count. */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    @Transactional
    public void recordPaperSupports(long proposalId, int count) {
        if (count < 0 || count > 100_000) {
            throw new ProposalRuleException("proposal.support.paper-invalid");
        }
        Proposal p = find(proposalId);
        if (!collecting(p)) {
            throw new ProposalRuleException("proposal.support.closed");
        }
        p.recordPaperSupports(count);
        log.info("Paper supports of proposal {} set to {}", proposalId, count);
        checkThreshold(p, rules.edition(p.getEditionId()));
    }

    /**
     * The printable list on which residents sign their support, in the reader's language: {@code texts} holds its
     * translated labels (see {@link SupportListSheet#REQUIRED_KEYS}). Anyone may print it for a proposal
     * that is collecting: authors hand it round, officials keep it at city offices.
     */
    public byte[] paperList(long proposalId, Language language, String poolLabel, Map<String, String> texts) {
        Proposal p = find(proposalId);
        if (!collecting(p)) {
            throw new ProposalRuleException("proposal.support.closed");
        }
        EditionDetails edition = rules.edition(p.getEditionId());
        int needed = edition.support().supporters();
        int rows = Math.max(ROWS_PER_PAGE, (needed * 2 + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE * ROWS_PER_PAGE);
        var sheet = new SupportListSheet(edition.name().in(language), "#" + p.getId(), p.getTitle(), poolLabel,
                p.getSupportDeadline(), needed, texts);
        return pdf.render(sheet, rows);
    }

    private void checkThreshold(Proposal p, EditionDetails edition) {
        int total = p.getESupports() + p.getPaperSupports();
        int needed = edition.support().supporters();
        if (p.getStatus() == ProposalStatus.COLLECTING_SUPPORT && total >= needed) {
            events.statuses().move(p, ProposalStatus.IN_VERIFICATION);
            events.thresholdReached(p, total);
            log.info("Proposal {} reached {} supporters and goes to verification", p.getId(), total);
        }
    }

    private boolean collecting(Proposal p) {
        return COLLECTING.contains(p.getStatus()) && p.getSupportDeadline() != null
                && !rules.today().isAfter(p.getSupportDeadline());
    }

    private Optional<String> refusal(Proposal p, EditionDetails edition, Optional<CurrentAccount> viewer,
            boolean already) {
        if (!collecting(p)) {
            return Optional.of("proposal.support.closed");
        }
        if (viewer.isEmpty()) {
            return Optional.of("proposal.support.sign-in");
        }
        CurrentAccount me = viewer.get();
        if (already) {
            return Optional.of("proposal.support.already");
        }
        if (p.isAuthor(me.id(), me.email())) {
            return Optional.of("proposal.support.own");
        }
        if (me.districtId() == null) {
            return Optional.of("proposal.support.no-district");
        }
        PoolSummary pool = edition.pools().stream().filter(x -> x.id() == p.getPoolId()).findFirst().orElseThrow();
        if (!pool.cityWide() && !pool.districtId().equals(me.districtId())) {
            return Optional.of("proposal.support.other-district");
        }
        return Optional.empty();
    }

    private Proposal find(long id) {
        return proposals.findById(id).filter(p -> p.getStatus().isPublic())
                .orElseThrow(() -> new java.util.NoSuchElementException("No public proposal " + id));
    }
}
