package org.civitas.results.implementation;

import java.util.NoSuchElementException;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.ProfileService;
import org.civitas.results.implementation.internal.Follower;
import org.civitas.results.implementation.internal.FollowerRepository;
import org.civitas.results.implementation.internal.ImplementationRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person follows a funded project, to get a mail with each update, or stops following it. */
@Service
@Transactional(readOnly = true)
public class FollowService {

    private final FollowerRepository followers;
    private final ImplementationRepository implementations;
    private final ProfileService profiles;

    FollowService(FollowerRepository followers, ImplementationRepository implementations, ProfileService profiles) {
        this.followers = followers;
        this.implementations = implementations;
        this.profiles = profiles;
    }

    /** Whether the signed-in person follows the project; a visitor follows nothing. */
    public boolean following(long proposalId) {
        return profiles.currentId().map(me -> followers.existsById(new Follower.Key(proposalId, me))).orElse(false);
    }

    @PermitAll
    @Transactional
    public void follow(long proposalId) {
        long me = me();
        if (!implementations.existsById(proposalId)) {
            throw new NoSuchElementException("No funded project " + proposalId);
        }
        if (!followers.existsById(new Follower.Key(proposalId, me))) {
            followers.save(new Follower(proposalId, me));
        }
    }

    @PermitAll
    @Transactional
    public void unfollow(long proposalId) {
        followers.deleteById(new Follower.Key(proposalId, me()));
    }

    private long me() {
        return profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
