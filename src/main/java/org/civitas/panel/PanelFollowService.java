package org.civitas.panel;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.ProfileService;
import org.civitas.panel.internal.PanelFollowerRepository;
import org.civitas.panel.internal.PanelFollower;
import org.civitas.panel.internal.PanelRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person follows a panel, to hear of its recommendations and the city's answers, or stops. */
@Service
@Transactional(readOnly = true)
public class PanelFollowService {

    private final PanelFollowerRepository followers;
    private final PanelRepository panels;
    private final ProfileService profiles;

    PanelFollowService(PanelFollowerRepository followers, PanelRepository panels, ProfileService profiles) {
        this.followers = followers;
        this.panels = panels;
        this.profiles = profiles;
    }

    public boolean following(long panelId) {
        return profiles.currentId().map(me -> followers.existsById(new PanelFollower.Key(panelId, me))).orElse(false);
    }

    @PermitAll
    @Transactional
    public void follow(long panelId) {
        long me = me();
        if (!panels.existsById(panelId)) {
            throw new java.util.NoSuchElementException("No panel " + panelId);
        }
        if (!followers.existsById(new PanelFollower.Key(panelId, me))) {
            followers.save(new PanelFollower(panelId, me));
        }
    }

    @PermitAll
    @Transactional
    public void unfollow(long panelId) {
        followers.deleteById(new PanelFollower.Key(panelId, me()));
    }

    private long me() {
        return profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
