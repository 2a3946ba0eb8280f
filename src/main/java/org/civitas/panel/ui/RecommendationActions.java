package org.civitas.panel.ui;

import java.time.Instant;
import java.time.LocalDateTime;

import org.civitas.panel.RecommendationService;
import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.RecommendationSummary;
import org.civitas.panel.VoteChoice;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the reader may do with one recommendation in the panel's room: amend a draft, open its vote (moderators and
 * coordinators), vote once while it is open. Each action goes through {@code act}, which shows a refusal.
 */
class RecommendationActions extends VerticalLayout {

    RecommendationActions(RecommendationSummary r, boolean drafts, boolean opens, boolean votes,
            RecommendationService service, Act act) {
        setPadding(false);
        if (r.status() == RecommendationStatus.DRAFT && drafts) {
            add(amend(r, service, act));
        }
        if (r.status() == RecommendationStatus.DRAFT && opens) {
            var until = Fields.dateTime(getTranslation("panel.room.vote-until"));
            until.setLocale(getLocale());
            until.setId("open-until-" + r.id());
            var open = new Button(getTranslation("panel.room.open-vote"), e -> act.run(() -> service.openVote(r.id(),
                    instant(until.getValue())), "panel.room.vote-opened"));
            open.setId("open-vote-" + r.id());
            var line = new HorizontalLayout(until, open);
            line.setWrap(true);
            line.setAlignItems(Alignment.BASELINE);
            add(line);
        }
        if (r.status() == RecommendationStatus.VOTING && votes) {
            if (r.myVote() != null) {
                add(new Paragraph(getTranslation("panel.room.you-voted", getTranslation(r.myVote().key()))));
            } else {
                var line = new HorizontalLayout();
                line.setWrap(true);
                for (VoteChoice choice : VoteChoice.values()) {
                    var button = new Button(getTranslation(choice.key()),
                            e -> act.run(() -> service.vote(r.id(), choice), "panel.room.voted"));
                    button.setId("vote-" + choice.name().toLowerCase(java.util.Locale.ROOT) + "-" + r.id());
                    line.add(button);
                }
                add(line);
            }
        }
    }

    private Details amend(RecommendationSummary r, RecommendationService service, Act act) {
        var title = new TextField(getTranslation("panel.room.title-field"), r.title(), "");
        title.setMaxLength(200);
        title.setWidthFull();
        var text = new TextArea(getTranslation("panel.room.text-field"), r.text(), "");
        text.setMaxLength(8000);
        text.setWidthFull();
        var note = new TextField(getTranslation("panel.room.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        var save = new Button(getTranslation("panel.room.amend-save"), e -> act.run(() -> service.amend(r.id(),
                title.getValue(), text.getValue(), note.getValue()), "panel.room.amended"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("amend-save-" + r.id());
        return new Details(getTranslation("panel.room.amend"), new VerticalLayout(title, text, note, save));
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Formats.CITY_ZONE).toInstant();
    }
}
