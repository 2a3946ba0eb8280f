package org.civitas.panel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.civitas.panel.AnswerDecision;
import org.civitas.panel.MemberRole;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo panel's two recommendations, voted two weeks ago: one passed and answered, one not passed. */
@Component
@Profile("dev")
class DemoRecommendations {

    private final RecommendationRepository recommendations;
    private final RecommendationVersionRepository versions;
    private final CityAnswerRepository answers;
    private final MemberRepository members;
    private final Clock clock;

    DemoRecommendations(RecommendationRepository recommendations, RecommendationVersionRepository versions,
            CityAnswerRepository answers, MemberRepository members, Clock clock) {
        this.recommendations = recommendations;
        this.versions = versions;
        this.answers = answers;
        this.members = members;
        this.clock = clock;
    }

    void voted(Panel panel, long officialId) {
        long author = members.findByPanelIdOrderById(panel.getId()).stream()
                .filter(m -> m.getRole() == MemberRole.MEMBER).findFirst().orElseThrow().getId();
        Instant then = clock.instant().minus(Duration.ofDays(15));
        Recommendation passed = recommendation(panel, author, then, "Nocne autobusy co 30 minut w weekendy",
                "W piątki i soboty linie nocne kursują co **30 minut** od 23:00 do 4:00.", 11, 1, 0);
        var answer = new CityAnswer(passed.getId(), passed.getDecidedOn().plusDays(Recommendations.ANSWER_DAYS));
        answer.give(AnswerDecision.PARTLY, "Od marca linie 901, 902 i 904 pojadą co 30 minut w weekendy; pozostałe"
                + " linie ocenimy po trzech miesiącach.", officialId, clock.instant().minus(Duration.ofDays(3)));
        answers.save(answer);
        recommendation(panel, author, then, "Bezpłatne nocne przejazdy dla osób poniżej 26 lat",
                "Nocne linie bezpłatne dla wszystkich poniżej 26 lat.", 6, 5, 1);
    }

    private Recommendation recommendation(Panel panel, long author, Instant then, String title, String text,
            int support, int oppose, int abstain) {
        var r = recommendations.save(new Recommendation(panel.getId(), title, text, author, then));
        versions.save(new RecommendationVersion(r.getId(), author, title, text, "", then));
        r.open(then, then.plus(Duration.ofDays(1)), panel.getThresholdPercent());
        r.close(support, oppose, abstain, then.plus(Duration.ofDays(1)).atZone(org.civitas.shared.Formats.CITY_ZONE)
                .toLocalDate());
        return r;
    }
}
