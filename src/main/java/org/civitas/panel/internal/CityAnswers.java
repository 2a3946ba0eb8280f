package org.civitas.panel.internal;

import java.time.Clock;

import org.civitas.panel.AnswerDecision;
import org.civitas.panel.AnswerDue;
import org.civitas.panel.AnswerProgress;
import org.civitas.panel.CityAnswered;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.RecommendationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The city's answers to passed recommendations, their implementation, and the reminders while one is awaited. */
@Component
public class CityAnswers {

    static final int MAX_TEXT = 8000;
    static final int REMIND_DAYS_BEFORE = 7;

    private final CityAnswerRepository answers;
    private final AnswerUpdateRepository updates;
    private final Recommendations recommendations;
    private final PanelPeople people;
    private final Panels panels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CityAnswers(CityAnswerRepository answers, AnswerUpdateRepository updates, Recommendations recommendations,
            PanelPeople people, Panels panels, ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.updates = updates;
        this.recommendations = recommendations;
        this.people = people;
        this.panels = panels;
        this.events = events;
        this.clock = clock;
    }

    public void answer(long recommendationId, long officialId, AnswerDecision decision, String reasons) {
        Recommendation r = recommendations.get(recommendationId);
        CityAnswer answer = answers.findById(recommendationId)
                .filter(a -> r.getStatus() == RecommendationStatus.PASSED)
                .orElseThrow(() -> new PanelRuleException("panel.error.answer-not-passed"));
        if (answer.getDecision() != null) {
            throw new PanelRuleException("panel.error.answered-already");
        }
        if (decision == null) {
            throw new PanelRuleException("panel.error.decision-required");
        }
        String why = Checks.text(reasons, MAX_TEXT, "panel.error.reasons-required");
        answer.give(decision, why, officialId, clock.instant());
        events.publishEvent(new CityAnswered(r.getPanelId(), r.getId(), r.getTitle(), decision, null, why,
                people.audience(r.getPanelId())));
    }

    public void progress(long recommendationId, long officialId, AnswerProgress progress, String text) {
        Recommendation r = recommendations.get(recommendationId);
        CityAnswer answer = answers.findById(recommendationId).filter(a -> a.getDecision() != null)
                .orElseThrow(() -> new PanelRuleException("panel.error.not-answered"));
        if (answer.getDecision() == AnswerDecision.REJECTED) {
            throw new PanelRuleException("panel.error.rejected-no-progress");
        }
        if (progress == null) {
            throw new PanelRuleException("panel.error.progress-required");
        }
        String body = Checks.text(text, MAX_TEXT);
        answer.progress(progress);
        updates.save(new AnswerUpdate(recommendationId, officialId, clock.instant(), progress, body));
        events.publishEvent(new CityAnswered(r.getPanelId(), r.getId(), r.getTitle(), answer.getDecision(), progress,
                body, people.audience(r.getPanelId())));
    }

    /** A reminder a week before the answer is due, and one when it is overdue; each once. */
    public int remindDue() {
        var today = panels.today();
        int sent = 0;
        for (CityAnswer answer : answers.findByDecisionIsNullAndDueOnLessThanEqual(today.plusDays(REMIND_DAYS_BEFORE))) {
            boolean overdue = today.isAfter(answer.getDueOn());
            CityAnswer.Reminded stage = overdue ? CityAnswer.Reminded.OVERDUE : CityAnswer.Reminded.WEEK;
            if (answer.getReminded().compareTo(stage) < 0) {
                Recommendation r = recommendations.get(answer.getRecommendationId());
                answer.reminded(stage);
                events.publishEvent(new AnswerDue(r.getPanelId(), r.getId(), r.getTitle(), answer.getDueOn(), overdue));
                sent++;
            }
        }
        return sent;
    }
}
