package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;

import org.civitas.notification.NotificationKind;
import org.civitas.review.ChangesRequested;
import org.civitas.review.HearingScheduled;
import org.civitas.review.ProposalOnBallot;
import org.civitas.review.ProtestDecided;
import org.civitas.review.ReviewDecided;
import org.civitas.shared.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The city's answers to an author: the decision (the chosen reason translated into the author's language, the
 * reviewer's own words as written), requests for changes, hearings and their outcome (all mandatory), and the
 * final list (as the author chose).
 */
@Component
class ReviewMails {

    private final NoticeMails notices;

    ReviewMails(NoticeMails notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(ReviewDecided e) {
        Locale locale = e.author().language().locale();
        String reason = notices.text("mail.reason." + e.reasonKey(), locale);
        notices.send(e.author(), null, e.positive() ? "decision-positive" : "decision-negative",
                "/proposals/" + e.proposalId(), List.of(e.title(), reason, e.reasonText()));
    }

    @ApplicationModuleListener
    void on(ChangesRequested e) {
        Locale locale = e.author().language().locale();
        notices.send(e.author(), null, "changes-requested", "/proposals/" + e.proposalId() + "/edit",
                List.of(e.title(), e.request(), Formats.date(e.until(), locale)));
    }

    @ApplicationModuleListener
    void on(HearingScheduled e) {
        String when = Formats.dateTime(e.at().atZone(Formats.CITY_ZONE), e.author().language().locale());
        notices.send(e.author(), null, "hearing-scheduled", "/proposals/" + e.proposalId(),
                List.of(e.title(), when, e.place()));
    }

    @ApplicationModuleListener
    void on(ProtestDecided e) {
        notices.send(e.author(), null, e.upheld() ? "protest-upheld" : "protest-dismissed",
                "/proposals/" + e.proposalId(), List.of(e.title(), e.text()));
    }

    @ApplicationModuleListener
    void on(ProposalOnBallot e) {
        notices.send(e.author(), NotificationKind.FINAL_LIST, "on-ballot", "/proposals/" + e.proposalId(),
                List.of(e.title()));
    }
}
