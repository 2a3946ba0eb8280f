package org.civitas.panel.internal;

import java.time.Clock;
import java.util.List;

import org.civitas.panel.Deliberation;
import org.civitas.panel.MemberRole;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.SessionScheduled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A panel's deliberation under its rules: coordinators and moderators schedule sessions, which the panel's people
 * hear of by mail; experts, moderators and
 * coordinators add materials; anyone of the panel asks the experts, and experts answer; anyone of the panel
 * discusses, and moderators hide a post with a reason. {@code who} is the person acting (see DeliberationAccess).
 */
@Component
public class Deliberations {

    static final long MAX_PDF = 10L * 1024 * 1024;

    private final PanelSessionRepository sessions;
    private final PanelMaterialRepository materials;
    private final ExpertQuestionRepository questions;
    private final PanelThreadRepository threads;
    private final PanelPostRepository posts;
    private final Clock clock;
    private final PanelPeople people;
    private final ApplicationEventPublisher events;

    Deliberations(PanelSessionRepository sessions, PanelMaterialRepository materials,
            ExpertQuestionRepository questions, PanelThreadRepository threads, PanelPostRepository posts,
            Clock clock, PanelPeople people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
        this.sessions = sessions;
        this.materials = materials;
        this.questions = questions;
        this.threads = threads;
        this.posts = posts;
        this.clock = clock;
    }

    public void schedule(long panelId, Deliberation.Participant who, Deliberation.NewSession s) {
        require(who, "panel.error.moderators-sessions", MemberRole.MODERATOR);
        String place = Checks.optional(s.place(), 500);
        String link = Checks.link(s.link());
        if (s.startsAt() == null) {
            throw new PanelRuleException("panel.error.session-time-required");
        }
        if (place.isEmpty() && link.isEmpty()) {
            throw new PanelRuleException("panel.error.session-place-required");
        }
        String title = Checks.title(s.title());
        sessions.save(new PanelSession(panelId, title, s.startsAt(), place, link, Checks.optional(s.arrangements(), 2000)));
        events.publishEvent(new SessionScheduled(panelId, title, s.startsAt(), place, link, people.people(panelId)));
    }

    public void addMaterial(long panelId, Deliberation.Participant who, Deliberation.NewMaterial m) {
        require(who, "panel.error.experts-materials", MemberRole.EXPERT, MemberRole.MODERATOR);
        String link = Checks.link(m.link());
        byte[] pdf = m.content() == null || m.content().length == 0 ? null : m.content();
        if (pdf != null && (pdf.length > MAX_PDF || !isPdf(pdf))) {
            throw new PanelRuleException("panel.error.material-not-pdf", MAX_PDF / (1024 * 1024));
        }
        if (link.isEmpty() && pdf == null) {
            throw new PanelRuleException("panel.error.material-empty");
        }
        String fileName = pdf == null ? null : Checks.fileName(m.fileName());
        materials.save(new PanelMaterial(panelId, who.name(), who.accountId(), Checks.title(m.title()),
                Checks.optional(m.summary(), 4000), link, fileName, pdf, clock.instant()));
    }

    public void ask(long panelId, Deliberation.Participant who, String text) {
        questions.save(new ExpertQuestion(panelId, who.name(), who.accountId(), Checks.text(text, 4000), clock.instant()));
    }

    public void answer(long questionId, Deliberation.Participant who, String text) {
        ExpertQuestion q = questions.findById(questionId).filter(x -> x.getPanelId() == who.panelId())
                .orElseThrow(() -> new PanelRuleException("panel.error.no-question"));
        require(who, "panel.error.experts-answer", MemberRole.EXPERT);
        if (q.getAnswer() != null) {
            throw new PanelRuleException("panel.error.question-answered");
        }
        q.answer(Checks.text(text, 8000), who.name(), who.accountId(), clock.instant());
    }

    public long open(long panelId, Deliberation.Participant who, String topic, String firstPost) {
        PanelThread thread = threads.save(new PanelThread(panelId, Checks.title(topic), who.name(), who.accountId(), clock.instant()));
        posts.save(new PanelPost(thread.getId(), who.name(), who.accountId(), Checks.text(firstPost, 8000), clock.instant()));
        return thread.getId();
    }

    public void post(long threadId, Deliberation.Participant who, String text) {
        thread(threadId, who);
        posts.save(new PanelPost(threadId, who.name(), who.accountId(), Checks.text(text, 8000), clock.instant()));
    }

    public void hide(long postId, Deliberation.Participant who, String reason) {
        require(who, "panel.error.moderators-hide", MemberRole.MODERATOR);
        PanelPost post = posts.findById(postId).orElseThrow(() -> new PanelRuleException("panel.error.no-post"));
        thread(post.getThreadId(), who);
        post.hide(Checks.text(reason, 1000));
    }

    public List<Deliberation.Session> sessions(long panelId) {
        return sessions.findByPanelIdOrderByStartsAt(panelId).stream().map(s -> new Deliberation.Session(s.getId(),
                s.getTitle(), s.getStartsAt(), s.getPlace(), s.getLink(), s.getArrangements())).toList();
    }

    public List<Deliberation.Material> materials(long panelId) {
        return materials.findRowsByPanelIdOrderById(panelId).stream().map(m -> new Deliberation.Material(m.getId(),
                m.getTitle(), m.getSummary(), m.getLink(), m.getFileName(), m.getAuthor(), m.getCreatedAt())).toList();
    }

    public java.util.Optional<PanelMaterial> material(long panelId, long materialId) {
        return materials.findById(materialId).filter(m -> m.getPanelId() == panelId && m.getFileName() != null);
    }

    public List<Deliberation.Question> questions(long panelId) {
        return questions.findByPanelIdOrderByIdDesc(panelId).stream().map(q -> new Deliberation.Question(q.getId(),
                q.getAsker(), q.getText(), q.getAskedAt(), q.getAnswer(), q.getAnswerer(), q.getAnsweredAt())).toList();
    }

    public List<Deliberation.Thread> threads(long panelId) {
        return threads.findByPanelIdOrderByIdDesc(panelId).stream().map(t -> new Deliberation.Thread(t.getId(),
                t.getTopic(), t.getOpenedBy(), t.getOpenedAt(), posts.findByThreadIdOrderById(t.getId()).stream()
                        .map(p -> new Deliberation.Post(p.getId(), p.getAuthor(),
                                p.getHiddenReason() == null ? p.getText() : null, p.getPostedAt(), p.getHiddenReason()))
                        .toList())).toList();
    }

    private PanelThread thread(long threadId, Deliberation.Participant who) {
        return threads.findById(threadId).filter(t -> t.getPanelId() == who.panelId())
                .orElseThrow(() -> new PanelRuleException("panel.error.no-thread"));
    }

    private static void require(Deliberation.Participant who, String refusalKey, MemberRole... roles) {
        if (!who.may(roles)) {
            throw new PanelRuleException(refusalKey);
        }
    }

    private static boolean isPdf(byte[] content) {
        return content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }
}
