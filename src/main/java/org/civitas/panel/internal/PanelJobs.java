package org.civitas.panel.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the clock moves on by itself: unanswered invitations expire, vote windows close, answers fall due. */
@Component
class PanelJobs {

    private final Memberships memberships;
    private final Recommendations recommendations;
    private final CityAnswers answers;

    PanelJobs(Memberships memberships, Recommendations recommendations, CityAnswers answers) {
        this.memberships = memberships;
        this.recommendations = recommendations;
        this.answers = answers;
    }

    @Scheduled(fixedDelayString = "${civitas.panel.check:PT5M}", initialDelayString = "${civitas.panel.first-check:PT1M}")
    @Transactional
    public void run() {
        memberships.expireDue();
        recommendations.closeDue();
        answers.remindDue();
    }
}
