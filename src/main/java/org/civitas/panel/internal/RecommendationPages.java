package org.civitas.panel.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.RecommendationSummary;
import org.springframework.stereotype.Component;

/** Recommendations read back for the panel's room and its public page. */
@Component
public class RecommendationPages {

    private final RecommendationRepository recommendations;
    private final RecommendationVersionRepository versions;
    private final RecommendationVoteRepository votes;
    private final CityAnswerRepository answers;
    private final AnswerUpdateRepository updates;
    private final MemberRepository members;

    RecommendationPages(RecommendationRepository recommendations, RecommendationVersionRepository versions,
            RecommendationVoteRepository votes, CityAnswerRepository answers, AnswerUpdateRepository updates,
            MemberRepository members) {
        this.recommendations = recommendations;
        this.versions = versions;
        this.votes = votes;
        this.answers = answers;
        this.updates = updates;
        this.members = members;
    }

    /** @param memberId the reader's place in the panel, to show their own vote; null for others */
    public List<RecommendationSummary> all(long panelId, Long memberId) {
        Map<Long, String> names = new HashMap<>();
        members.findByPanelIdOrderById(panelId).forEach(m -> names.put(m.getId(), m.getName()));
        return recommendations.findByPanelIdOrderById(panelId).stream().map(r -> summary(r, memberId, names)).toList();
    }

    /** What the public sees: the recommendations the panel has voted on, with the city's answers. */
    public List<RecommendationSummary> decided(long panelId) {
        return all(panelId, null).stream().filter(r -> r.status() == RecommendationStatus.PASSED
                || r.status() == RecommendationStatus.NOT_PASSED).toList();
    }

    private RecommendationSummary summary(Recommendation r, Long memberId, Map<Long, String> names) {
        var myVote = memberId == null ? null : votes.findById(new RecommendationVote.Key(r.getId(), memberId))
                .map(RecommendationVote::getChoice).orElse(null);
        var history = versions.findByRecommendationIdOrderById(r.getId()).stream()
                .map(v -> new RecommendationSummary.Version(v.getTitle(), v.getNote(),
                        names.getOrDefault(v.getMemberId(), ""), v.getCreatedAt())).toList();
        var answer = answers.findById(r.getId()).map(a -> new RecommendationSummary.Answer(a.getDueOn(),
                a.getDecision(), a.getReasons(), a.getAnsweredAt(), a.getImplementation(),
                updates.findByRecommendationIdOrderById(r.getId()).stream()
                        .map(u -> new RecommendationSummary.Update(u.getPostedAt(), u.getImplementation(), u.getText()))
                        .toList())).orElse(null);
        return new RecommendationSummary(r.getId(), r.getTitle(), r.getText(), r.getStatus(), r.getVoteClosesAt(),
                r.getSupport(), r.getOppose(), r.getAbstain(), r.getThresholdPercent(), r.getDecidedOn(), myVote,
                history, answer);
    }
}
