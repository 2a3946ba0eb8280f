package org.civitas.panel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.civitas.panel.PanelForm;
import org.civitas.panel.PanelPage;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.PanelSummary;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.springframework.stereotype.Component;

/** Saves a panel's setup under its rules and reads panels back as the pages show them. */
@Component
public class Panels {

    private final PanelRepository panels;
    private final VolunteerRepository volunteers;
    private final MemberRepository members;
    private final Deliberations deliberations;
    private final Clock clock;

    Panels(PanelRepository panels, VolunteerRepository volunteers, MemberRepository members,
            Deliberations deliberations, Clock clock) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.members = members;
        this.deliberations = deliberations;
        this.clock = clock;
    }

    public long create(PanelForm form) {
        form.setQuotas(PanelRules.stripped(form.getQuotas()));
        PanelRules.check(form);
        Panel panel = new Panel(clock.instant());
        panel.apply(form);
        return panels.save(panel).getId();
    }

    /**
     * Once volunteers have answered, the questions and their answers stay as they were (only the seats may change);
     * once drawn, the rules of the draw stay too: only texts and the deliberation's dates change.
     */
    public void update(long id, PanelForm form) {
        Panel panel = get(id);
        form.setQuotas(PanelRules.stripped(form.getQuotas()));
        PanelRules.check(form);
        if (volunteers.countByPanelId(id) > 0 && !PanelRules.features(form.getQuotas())
                .equals(PanelRules.features(panel.quotas()))) {
            throw new PanelRuleException("panel.error.questions-locked");
        }
        if (panel.getStatus() == PanelStatus.DRAWN) {
            PanelForm kept = panel.form();
            if (form.getSize() != kept.getSize() || form.getReserves() != kept.getReserves()
                    || !form.getQuotas().equals(kept.getQuotas()) || !form.getSeed().strip().equals(kept.getSeed())) {
                throw new PanelRuleException("panel.error.drawn-locked");
            }
        }
        panel.apply(form);
    }

    public void closeRegistration(long id) {
        Panel panel = get(id);
        if (panel.getStatus() != PanelStatus.RECRUITING) {
            throw new PanelRuleException("panel.error.not-recruiting");
        }
        panel.closeRegistration();
    }

    public Panel get(long id) {
        return panels.findById(id).orElseThrow(() -> new NoSuchElementException("No panel " + id));
    }

    public List<PanelSummary> list(Language reader) {
        return panels.findAllByOrderByIdDesc().stream().map(p -> summary(p, reader)).toList();
    }

    public PanelSummary summary(Panel panel, Language reader) {
        return new PanelSummary(panel.getId(), panel.text(reader).question(), panel.getStatus(), panel.getPanelSize(),
                volunteers.countByPanelId(panel.getId()), panel.getRegistrationCloses(),
                panel.getDeliberationStarts(), panel.getDeliberationEnds());
    }

    public PanelPage page(Panel panel, Language reader) {
        PanelSummary summary = summary(panel, reader);
        PanelPage.SelectionSummary selection = null;
        if (panel.getStatus() == PanelStatus.DRAWN) {
            var chances = volunteers.drawableProbabilities(panel.getId()).stream().mapToDouble(Double::doubleValue)
                    .summaryStatistics();
            selection = new PanelPage.SelectionSummary((int) summary.volunteers(),
                    (int) chances.getCount(), chances.getCount() == 0 ? 0 : chances.getMin(),
                    chances.getCount() == 0 ? 0 : chances.getMax());
        }
        return new PanelPage(summary, panel.text(reader).description(), panel.textLanguage(reader),
                panel.getReserves(), panel.getThresholdPercent(), panel.getSeed(), panel.quotas(), panel.getDrawnOn(),
                selection, members.acceptedSeats(panel.getId()), registrationOpen(panel),
                deliberations.materials(panel.getId()));
    }

    /** Each category's features, for the registration form. */
    public Map<String, List<String>> questions(long id) {
        return PanelRules.features(get(id).quotas());
    }

    /** Registration is open while the panel recruits, up to and including its closing day. */
    public boolean registrationOpen(Panel panel) {
        return panel.getStatus() == PanelStatus.RECRUITING && !today().isAfter(panel.getRegistrationCloses());
    }

    public LocalDate today() {
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }

    /** The draw may run once registration has ended, by hand or by its closing day. */
    public boolean readyToDraw(Panel panel) {
        return panel.getStatus() == PanelStatus.SELECTION
                || panel.getStatus() == PanelStatus.RECRUITING && today().isAfter(panel.getRegistrationCloses());
    }
}
