package org.civitas.notification;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.ProfileService;
import org.civitas.notification.internal.Preference;
import org.civitas.notification.internal.PreferenceRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choice, per kind of optional notification: immediate mail, a daily digest, or none. */
@Service
@Transactional(readOnly = true)
@PermitAll
public class NotificationPreferences {

    private final PreferenceRepository preferences;
    private final ProfileService profiles;

    NotificationPreferences(PreferenceRepository preferences, ProfileService profiles) {
        this.preferences = preferences;
        this.profiles = profiles;
    }

    public Map<NotificationKind, DeliveryMode> mine() {
        Map<NotificationKind, DeliveryMode> modes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            modes.put(kind, kind.defaultMode());
        }
        preferences.findByAccountId(me()).forEach(p -> modes.put(p.getKind(), p.getMode()));
        return modes;
    }

    @Transactional
    public void set(NotificationKind kind, DeliveryMode mode) {
        long me = me();
        preferences.findById(new Preference.Key(me, kind)).ifPresentOrElse(p -> p.setMode(mode),
                () -> preferences.save(new Preference(me, kind, mode)));
    }

    private long me() {
        return profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first")).id();
    }
}
