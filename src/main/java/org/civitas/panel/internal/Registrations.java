package org.civitas.panel.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.Channel;
import org.civitas.panel.FeatureCount;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.shared.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Takes a volunteer's registration under the panel's rules: open, consented, every question answered, once. */
@Component
public class Registrations {

    static final int MAX_NEEDS = 1000;

    private final Panels panels;
    private final VolunteerRepository volunteers;
    private final Recruitments recruitments;
    private final Clock clock;

    Registrations(Panels panels, VolunteerRepository volunteers, Recruitments recruitments, Clock clock) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.recruitments = recruitments;
        this.clock = clock;
    }

    public long register(long panelId, VolunteerRegistration registration, Long accountId, String name, String email,
            Channel channel) {
        Panel panel = panels.get(panelId);
        if (!panels.registrationOpen(panel)) {
            throw new PanelRuleException("panel.error.registration-closed");
        }
        if (!registration.consent()) {
            throw new PanelRuleException("panel.error.consent-required");
        }
        if (accountId != null && volunteers.findByPanelIdAndAccountId(panelId, accountId).isPresent()) {
            throw new PanelRuleException("panel.error.already-registered");
        }
        String needs = registration.needs() == null ? "" : registration.needs().strip();
        if (needs.length() > MAX_NEEDS) {
            throw new PanelRuleException("panel.error.needs-too-long", MAX_NEEDS);
        }
        Map<String, String> answers = answers(PanelRules.features(panel.quotas()), registration.answers());
        Language language = registration.language() == null ? Language.DEFAULT : registration.language();
        Long addressId = recruitments.claim(panelId, registration.invitationCode());
        try {
            return volunteers.saveAndFlush(new Volunteer(panelId, accountId, name, email, language, needs, channel,
                    answers, clock.instant()).invitedAt(addressId)).getId();
        } catch (DataIntegrityViolationException twoAtOnce) {
            throw new PanelRuleException("panel.error.already-registered");
        }
    }

    /** Every question answered with one of its answers; nothing else kept. */
    private static Map<String, String> answers(Map<String, List<String>> questions, Map<String, String> given) {
        Map<String, String> answers = new HashMap<>();
        questions.forEach((category, features) -> {
            String answer = given.get(category);
            if (answer == null || !features.contains(answer)) {
                throw new PanelRuleException("panel.error.answer-required", category);
            }
            answers.put(category, answer);
        });
        return answers;
    }

    /** The pool's volunteers per feature, beside the quotas. */
    public List<FeatureCount> counts(long panelId) {
        Panel panel = panels.get(panelId);
        Map<String, Long> counted = new HashMap<>();
        for (Volunteer volunteer : volunteers.findByPanelIdOrderById(panelId)) {
            volunteer.getAnswers().forEach((c, f) -> counted.merge(c + "\u0000" + f, 1L, Long::sum));
        }
        return panel.quotas().stream().map(q -> new FeatureCount(q.category(), q.feature(), q.min(), q.max(),
                counted.getOrDefault(q.category() + "\u0000" + q.feature(), 0L))).toList();
    }
}
