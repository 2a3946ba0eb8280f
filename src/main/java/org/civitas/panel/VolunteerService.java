package org.civitas.panel;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.panel.internal.Registrations;
import org.civitas.panel.internal.VolunteerRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents volunteer for a panel online; officials enter paper forms and watch the pool fill against the quotas. */
@Service
@Transactional(readOnly = true)
public class VolunteerService {

    private final Registrations registrations;
    private final VolunteerRepository volunteers;
    private final ProfileService profiles;

    VolunteerService(Registrations registrations, VolunteerRepository volunteers, ProfileService profiles) {
        this.registrations = registrations;
        this.volunteers = volunteers;
        this.profiles = profiles;
    }

    @Transactional
    @PermitAll
    public long register(long panelId, VolunteerRegistration registration) {
        CurrentAccount me = profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        return registrations.register(panelId, registration, me.id(), me.displayName(), me.email(), Channel.ONLINE);
    }

    /** A paper form typed in by an official: the name is required, the email is not. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public long registerOnPaper(long panelId, VolunteerRegistration registration) {
        String name = registration.name() == null ? "" : registration.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new PanelRuleException("panel.error.name-required");
        }
        String email = registration.email() == null || registration.email().isBlank() ? null
                : registration.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new PanelRuleException("panel.error.email-invalid");
        }
        return registrations.register(panelId, registration, null, name, email, Channel.PAPER);
    }

    /** The signed-in person's registration for the panel, if any. */
    public Optional<MyRegistration> mine(long panelId) {
        return profiles.currentId().flatMap(me -> volunteers.findByPanelIdAndAccountId(panelId, me))
                .map(VolunteerService::registration);
    }

    static MyRegistration registration(org.civitas.panel.internal.Volunteer v) {
        return new MyRegistration(v.getId(), v.getAnswers(), v.getOutcome(), v.getProbability());
    }

    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public List<FeatureCount> counts(long panelId) {
        return registrations.counts(panelId);
    }

    public long count(long panelId) {
        return volunteers.countByPanelId(panelId);
    }
}
