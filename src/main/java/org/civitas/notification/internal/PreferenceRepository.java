package org.civitas.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<Preference, Preference.Key> {

    List<Preference> findByAccountId(long accountId);
}
