package org.civitas.panel.ui;

import java.util.List;

import org.civitas.panel.Deliberation;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The learning materials, each with its author, summary, link and PDF: public, in the room and on the page. */
class MaterialsPart extends VerticalLayout {

    MaterialsPart(long panelId, List<Deliberation.Material> materials) {
        setPadding(false);
        setId("panel-materials");
        if (materials.isEmpty()) {
            add(new Paragraph(getTranslation("panel.materials.none")));
        }
        for (Deliberation.Material m : materials) {
            var card = new Div(new H3(m.title()), new Paragraph(getTranslation("panel.materials.by", Texts.person(m.author()),
                    Formats.date(m.createdAt().atZone(Formats.CITY_ZONE).toLocalDate(), getLocale()))));
            card.addClassName("civitas-card");
            if (!m.summary().isEmpty()) {
                card.add(Texts.markdown(m.summary()));
            }
            if (!m.link().isEmpty()) {
                var link = new Anchor(m.link(), getTranslation("panel.materials.open-link"));
                link.setTarget("_blank");
                card.add(link);
            }
            if (m.fileName() != null) {
                var pdf = new Anchor("api/v1/panels/" + panelId + "/materials/" + m.id() + ".pdf",
                        getTranslation("panel.materials.download", m.fileName()));
                pdf.setRouterIgnore(true);
                card.add(pdf);
            }
            add(card);
        }
    }
}
