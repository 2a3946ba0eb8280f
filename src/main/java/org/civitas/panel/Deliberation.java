package org.civitas.panel;

import java.time.Instant;
import java.util.List;

/** What a panel's deliberation holds, as its pages show it. */
public final class Deliberation {

    private Deliberation() {
    }

    /** Who acts in a panel's deliberation: their role in it (null for a coordinator without one), and their name. */
    public record Participant(long panelId, MemberRole role, boolean coordinator, String name, Long accountId) {

        /** Coordinators may do everything; others need one of the roles. */
        public boolean may(MemberRole... roles) {
            return coordinator || java.util.List.of(roles).contains(role);
        }
    }

    /** A meeting: when, where or at which link, and the interpretation and access arranged. */
    public record Session(long id, String title, Instant startsAt, String place, String link, String arrangements) {
    }

    /** A learning material; {@code fileName} null when it is only a link. */
    public record Material(long id, String title, String summary, String link, String fileName, String author,
            Instant createdAt) {
    }

    /** A question to the experts; the answer fields are null until an expert answers. */
    public record Question(long id, String asker, String text, Instant askedAt, String answer, String answerer,
            Instant answeredAt) {
    }

    public record Thread(long id, String topic, String openedBy, Instant openedAt, List<Post> posts) {

        public Thread {
            posts = List.copyOf(posts);
        }
    }

    /** A post; {@code text} is null once a moderator hid it, and {@code hiddenReason} says why. */
    public record Post(long id, String author, String text, Instant postedAt, String hiddenReason) {
    }

    public record NewSession(String title, Instant startsAt, String place, String link, String arrangements) {
    }

    /** A material with a link, or a PDF ({@code content}, with its file name), or both. */
    public record NewMaterial(String title, String summary, String link, String fileName, byte[] content) {
    }
}
