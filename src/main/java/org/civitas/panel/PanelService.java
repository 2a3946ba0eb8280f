package org.civitas.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.panel.internal.PanelRepository;
import org.civitas.panel.internal.Panels;
import org.civitas.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizens' panels as the public sees them, and their setup by coordinators (officials). */
@Service
@Transactional(readOnly = true)
public class PanelService {

    private final Panels panels;
    private final PanelRepository repository;

    PanelService(Panels panels, PanelRepository repository) {
        this.panels = panels;
        this.repository = repository;
    }

    public List<PanelSummary> list(Language reader) {
        return panels.list(reader);
    }

    public Optional<PanelPage> page(long id, Language reader) {
        return repository.findById(id).map(p -> panels.page(p, reader));
    }

    public boolean exists(long id) {
        return repository.existsById(id);
    }

    /** The stratification questions (categories) with their possible answers (features). */
    public Map<String, List<String>> questions(long id) {
        return panels.questions(id);
    }

    public boolean registrationOpen(long id) {
        return repository.findById(id).map(panels::registrationOpen).orElse(false);
    }

    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public long create(PanelForm form) {
        return panels.create(form);
    }

    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void update(long id, PanelForm form) {
        panels.update(id, form);
    }

    /** A new panel's defaults: registration for four weeks, then two months of deliberation from week six. */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public PanelForm blankForm() {
        var today = panels.today();
        return new PanelForm().setRegistrationCloses(today.plusWeeks(4)).setDeliberationStarts(today.plusWeeks(6))
                .setDeliberationEnds(today.plusWeeks(14));
    }

    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public PanelForm form(long id) {
        return panels.get(id).form();
    }

    /** Ends registration before its closing day, so the draw can run. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void closeRegistration(long id) {
        panels.closeRegistration(id);
    }
}
