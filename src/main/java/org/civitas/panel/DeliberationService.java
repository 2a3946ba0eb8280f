package org.civitas.panel;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.internal.DeliberationAccess;
import org.civitas.panel.internal.Deliberations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel's deliberation: sessions, questions to experts and discussion are for the panel's people and coordinators
 * only; learning materials are public, like the panel's page.
 */
@Service
@Transactional(readOnly = true)
public class DeliberationService {

    /** A material's PDF, to download. */
    public record Document(String fileName, byte[] content) {
    }

    private final Deliberations deliberations;
    private final DeliberationAccess access;
    private final ProfileService profiles;

    DeliberationService(Deliberations deliberations, DeliberationAccess access, ProfileService profiles) {
        this.deliberations = deliberations;
        this.access = access;
        this.profiles = profiles;
    }

    public List<Deliberation.Material> materials(long panelId) {
        return deliberations.materials(panelId);
    }

    public Optional<Document> document(long panelId, long materialId) {
        return deliberations.material(panelId, materialId).map(m -> new Document(m.getFileName(), m.getContent()));
    }

    @PermitAll
    public List<Deliberation.Session> sessions(long panelId) {
        person(panelId);
        return deliberations.sessions(panelId);
    }

    @PermitAll
    public List<Deliberation.Question> questions(long panelId) {
        person(panelId);
        return deliberations.questions(panelId);
    }

    @PermitAll
    public List<Deliberation.Thread> threads(long panelId) {
        person(panelId);
        return deliberations.threads(panelId);
    }

    /** What the signed-in person may do here: their role (null for a coordinator) and whether they coordinate. */
    @PermitAll
    public Deliberation.Participant person(long panelId) {
        CurrentAccount me = profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        return access.person(panelId, me.id(), me.displayName(), me.has(Role.OFFICIAL) || me.has(Role.ADMIN));
    }

    @Transactional
    @PermitAll
    public void schedule(long panelId, Deliberation.NewSession session) {
        deliberations.schedule(panelId, person(panelId), session);
    }

    @Transactional
    @PermitAll
    public void addMaterial(long panelId, Deliberation.NewMaterial material) {
        deliberations.addMaterial(panelId, person(panelId), material);
    }

    @Transactional
    @PermitAll
    public void ask(long panelId, String question) {
        deliberations.ask(panelId, person(panelId), question);
    }

    @Transactional
    @PermitAll
    public void answer(long panelId, long questionId, String answer) {
        deliberations.answer(questionId, person(panelId), answer);
    }

    @Transactional
    @PermitAll
    public long openThread(long panelId, String topic, String firstPost) {
        return deliberations.open(panelId, person(panelId), topic, firstPost);
    }

    @Transactional
    @PermitAll
    public void post(long panelId, long threadId, String text) {
        deliberations.post(threadId, person(panelId), text);
    }

    @Transactional
    @PermitAll
    public void hide(long panelId, long postId, String reason) {
        deliberations.hide(postId, person(panelId), reason);
    }
}
