package org.civitas.proposal;

import java.time.Instant;
import java.util.List;

/**
 * A comment as readers see it; a hidden one keeps its place with the moderator's public reason instead of its
 * text. {@code replies} are the answers to a top-level comment.
 */
public record CommentView(long id, String authorName, String text, String hiddenReason, Instant createdAt,
        List<CommentView> replies) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}
