package org.civitas.notification.internal;

import java.util.List;

import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<Preference, Preference.Key> {

    List<Preference> findByAccountId(long accountId);

    /** Everyone who chose to get this kind somehow: for opt-in kinds, the people who asked for it. */
    List<Preference> findByKindAndModeNot(NotificationKind kind, DeliveryMode mode);
}
