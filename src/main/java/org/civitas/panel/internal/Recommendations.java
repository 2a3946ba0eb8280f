package org.civitas.panel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.MemberRole;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.RecommendationDecided;
import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.RecommendationVoteOpened;
import org.civitas.panel.VoteChoice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Drafting, amending and voting on recommendations under the panel's rules. */
@Component
public class Recommendations {

    static final int MAX_TEXT = 8000;
    static final int MAX_NOTE = 1000;
    static final Duration LONGEST_VOTE = Duration.ofDays(30);
    static final int ANSWER_DAYS = 30;

    private final RecommendationRepository recommendations;
    private final RecommendationVersionRepository versions;
    private final RecommendationVoteRepository votes;
    private final CityAnswerRepository answers;
    private final PanelPeople people;
    private final Panels panels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recommendations(RecommendationRepository recommendations, RecommendationVersionRepository versions,
            RecommendationVoteRepository votes, CityAnswerRepository answers, PanelPeople people,
            Panels panels, ApplicationEventPublisher events, Clock clock) {
        this.recommendations = recommendations;
        this.versions = versions;
        this.votes = votes;
        this.answers = answers;
        this.people = people;
        this.panels = panels;
        this.events = events;
        this.clock = clock;
    }

    public long draft(long panelId, long accountId, String title, String text) {
        Member author = people.require(panelId, accountId, "panel.error.members-draft", MemberRole.MEMBER,
                MemberRole.MODERATOR);
        String t = Checks.title(title);
        String body = Checks.text(text, MAX_TEXT);
        Recommendation r = recommendations.save(new Recommendation(panelId, t, body, author.getId(), clock.instant()));
        versions.save(new RecommendationVersion(r.getId(), author.getId(), t, body, "", clock.instant()));
        return r.getId();
    }

    public void amend(long recommendationId, long accountId, String title, String text, String note) {
        Recommendation r = get(recommendationId);
        Member member = people.require(r.getPanelId(), accountId, "panel.error.members-draft",
                MemberRole.MEMBER, MemberRole.MODERATOR);
        if (r.getStatus() != RecommendationStatus.DRAFT) {
            throw new PanelRuleException("panel.error.not-a-draft");
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > MAX_NOTE) {
            throw new PanelRuleException("panel.error.note-too-long", MAX_NOTE);
        }
        r.amend(Checks.title(title), Checks.text(text, MAX_TEXT));
        versions.save(new RecommendationVersion(r.getId(), member.getId(), r.getTitle(), r.getText(), why,
                clock.instant()));
    }

    /** A moderator of the panel or a coordinator opens the vote from now until {@code closesAt}. */
    public void open(long recommendationId, Long moderatorAccountId, Instant closesAt) {
        Recommendation r = get(recommendationId);
        if (moderatorAccountId != null) {
            people.require(r.getPanelId(), moderatorAccountId, "panel.error.moderators-open",
                    MemberRole.MODERATOR);
        }
        if (r.getStatus() != RecommendationStatus.DRAFT) {
            throw new PanelRuleException("panel.error.not-a-draft");
        }
        Instant now = clock.instant();
        if (closesAt == null || !closesAt.isAfter(now) || closesAt.isAfter(now.plus(LONGEST_VOTE))) {
            throw new PanelRuleException("panel.error.vote-window", LONGEST_VOTE.toDays());
        }
        r.open(now, closesAt, panels.get(r.getPanelId()).getThresholdPercent());
        events.publishEvent(new RecommendationVoteOpened(r.getPanelId(), r.getId(), r.getTitle(), closesAt,
                people.voters(r.getPanelId())));
    }

    public void vote(long recommendationId, long accountId, VoteChoice choice) {
        Recommendation r = get(recommendationId);
        Member member = people.require(r.getPanelId(), accountId, "panel.error.members-vote",
                MemberRole.MEMBER);
        if (r.getStatus() != RecommendationStatus.VOTING || !clock.instant().isBefore(r.getVoteClosesAt())) {
            throw new PanelRuleException("panel.error.vote-not-open");
        }
        if (choice == null) {
            throw new PanelRuleException("panel.error.choice-required");
        }
        var key = new RecommendationVote.Key(r.getId(), member.getId());
        if (votes.existsById(key)) {
            throw new PanelRuleException("panel.error.voted-already");
        }
        try {
            votes.saveAndFlush(new RecommendationVote(r.getId(), member.getId(), choice));
        } catch (DataIntegrityViolationException twoAtOnce) {
            throw new PanelRuleException("panel.error.voted-already");
        }
    }

    /** Counts every vote whose window has ended; a passed recommendation awaits the city's answer. */
    public int closeDue() {
        List<Recommendation> due = recommendations.findByStatusAndVoteClosesAtLessThanEqual(
                RecommendationStatus.VOTING, clock.instant());
        for (Recommendation r : due) {
            Map<VoteChoice, Integer> count = new EnumMap<>(VoteChoice.class);
            for (Object[] row : votes.tally(r.getId())) {
                count.put((VoteChoice) row[0], ((Number) row[1]).intValue());
            }
            r.close(count.getOrDefault(VoteChoice.SUPPORT, 0), count.getOrDefault(VoteChoice.OPPOSE, 0),
                    count.getOrDefault(VoteChoice.ABSTAIN, 0), panels.today());
            boolean passed = r.getStatus() == RecommendationStatus.PASSED;
            if (passed) {
                answers.save(new CityAnswer(r.getId(), panels.today().plusDays(ANSWER_DAYS)));
            }
            events.publishEvent(new RecommendationDecided(r.getPanelId(), r.getId(), r.getTitle(), passed,
                    r.getSupport(), r.getOppose(), r.getAbstain(), r.getThresholdPercent(),
                    people.audience(r.getPanelId())));
        }
        return due.size();
    }

    Recommendation get(long id) {
        return recommendations.findById(id).orElseThrow(() -> new PanelRuleException("panel.error.no-recommendation"));
    }
}
