package org.civitas.proposal.internal;

import org.civitas.budget.EditionDetails;
import org.civitas.proposal.ProposalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock's part in collecting supports: three days before a deadline the author of a proposal still short
 * of supporters is reminded; after the deadline such a proposal is marked as lacking support.
 */
@Component
public class SupportDeadlines {

    private static final Logger log = LoggerFactory.getLogger(SupportDeadlines.class);
    static final int REMIND_DAYS_BEFORE = 3;

    private final ProposalRepository proposals;
    private final ProposalRules rules;
    private final ProposalEvents events;

    SupportDeadlines(ProposalRepository proposals, ProposalRules rules, ProposalEvents events) {
        this.proposals = proposals;
        this.rules = rules;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${civitas.proposal.deadline-check:PT15M}",
            initialDelayString = "${civitas.proposal.deadline-first-check:PT1M}")
    @Transactional
    public void run() {
        var today = rules.today();
        for (Proposal p : proposals.findByStatusAndSupportDeadlineBefore(ProposalStatus.COLLECTING_SUPPORT, today)) {
            events.statuses().move(p, ProposalStatus.LACKING_SUPPORT);
            log.info("Proposal {} missed its supporters by {}", p.getId(), p.getSupportDeadline());
        }
        var remindFrom = today.plusDays(REMIND_DAYS_BEFORE);
        for (Proposal p : proposals.findByStatusAndReminderSentFalseAndSupportDeadlineLessThanEqual(
                ProposalStatus.COLLECTING_SUPPORT, remindFrom)) {
            EditionDetails edition = rules.edition(p.getEditionId());
            p.markReminderSent();
            events.deadlineNear(p, p.getESupports() + p.getPaperSupports(), edition.support().supporters());
        }
    }
}
