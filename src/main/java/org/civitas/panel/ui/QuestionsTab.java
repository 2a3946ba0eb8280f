package org.civitas.panel.ui;

import org.civitas.panel.Deliberation;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.MemberRole;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Questions to the experts, newest first, each with its answer; experts answer here, everyone asks. */
class QuestionsTab extends VerticalLayout {

    QuestionsTab(long panelId, Deliberation.Participant me, DeliberationService service,
            Act act) {
        setPadding(false);
        var ask = new TextArea(getTranslation("panel.questions.ask-field"));
        ask.setMaxLength(4000);
        ask.setWidthFull();
        ask.setId("question-text");
        var send = new Button(getTranslation("panel.questions.ask"), e -> act.run(() -> service.ask(panelId,
                ask.getValue()), "panel.questions.asked"));
        send.setId("question-ask");
        add(ask, send);
        for (Deliberation.Question q : service.questions(panelId)) {
            var card = new Div(new Paragraph(getTranslation("panel.questions.asked-by", Texts.person(q.asker()),
                    Formats.date(q.askedAt().atZone(Formats.CITY_ZONE).toLocalDate(), getLocale()))),
                    Texts.markdown(q.text()));
            card.addClassName("civitas-card");
            card.setId("question-" + q.id());
            if (q.answer() != null) {
                card.add(new Paragraph(getTranslation("panel.questions.answered-by", Texts.person(q.answerer()))),
                        Texts.markdown(q.answer()));
            } else if (me.may(MemberRole.EXPERT)) {
                var answer = new TextArea(getTranslation("panel.questions.answer-field"));
                answer.setMaxLength(8000);
                answer.setWidthFull();
                answer.setId("answer-text-" + q.id());
                var save = new Button(getTranslation("panel.questions.answer"), e -> act.run(() -> service.answer(
                        panelId, q.id(), answer.getValue()), "panel.questions.answered"));
                save.setId("answer-send-" + q.id());
                card.add(answer, save);
            } else {
                card.add(new Paragraph(getTranslation("panel.questions.waiting")));
            }
            add(card);
        }
    }
}
