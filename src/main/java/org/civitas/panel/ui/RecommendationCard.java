package org.civitas.panel.ui;

import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.RecommendationSummary;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** One recommendation: its text, where it stands, the count once decided and, for a passed one, the city's answer. */
class RecommendationCard extends Div {

    RecommendationCard(RecommendationSummary r) {
        addClassName("civitas-card");
        setId("recommendation-" + r.id());
        var status = new Paragraph(getTranslation(r.status().key()));
        status.addClassName("recommendation-status");
        add(new H3(r.title()), status, Texts.markdown(r.text()));
        if (r.status() == RecommendationStatus.VOTING) {
            add(new Paragraph(getTranslation("panel.recommendation.closes",
                    Formats.dateTime(r.voteClosesAt().atZone(Formats.CITY_ZONE), getLocale()))));
        }
        if (r.status() == RecommendationStatus.PASSED || r.status() == RecommendationStatus.NOT_PASSED) {
            int cast = r.support() + r.oppose() + r.abstain();
            var count = new Paragraph(getTranslation("panel.recommendation.count", r.support(), r.oppose(),
                    r.abstain(), cast == 0 ? 0 : Math.round(100.0 * r.support() / cast), r.thresholdPercent()));
            count.addClassName("recommendation-count");
            add(count);
        }
        if (r.versions().size() > 1) {
            add(new Paragraph(getTranslation("panel.recommendation.versions", r.versions().size() - 1)));
        }
        if (r.answer() != null) {
            add(answer(r.answer()));
        }
    }

    private Div answer(RecommendationSummary.Answer a) {
        var part = new Div();
        part.addClassName("recommendation-answer");
        if (a.decision() == null) {
            part.add(new Paragraph(getTranslation("panel.answer.awaited", Formats.date(a.dueOn(), getLocale()))));
            return part;
        }
        part.add(new H3(getTranslation("panel.answer.heading", getTranslation(a.decision().key()))),
                Texts.markdown(a.reasons()));
        if (a.progress() != null) {
            part.add(new Paragraph(getTranslation("panel.answer.now", getTranslation(a.progress().key()))));
        }
        a.updates().forEach(u -> {
            part.add(new Paragraph(getTranslation("panel.answer.update",
                    Formats.date(u.at().atZone(Formats.CITY_ZONE).toLocalDate(), getLocale()),
                    getTranslation(u.progress().key()))), Texts.markdown(u.text()));
        });
        return part;
    }
}
