package org.civitas.results.implementation.ui;

import java.util.List;

import org.civitas.results.implementation.TimelineEntry;
import org.civitas.shared.Formats;
import org.civitas.shared.Markdown;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Every update of a project, newest first: the day, the status and progress it set, the official's text. */
class Timeline extends VerticalLayout {

    Timeline(List<TimelineEntry> entries) {
        setId("implementation-timeline");
        setPadding(false);
        add(new H2(getTranslation("results.implementation.page.timeline")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("results.implementation.page.no-updates")));
        }
        entries.forEach(entry -> {
            var heading = new H3(getTranslation("results.implementation.page.entry",
                    Formats.date(entry.date(), getLocale()), getTranslation(entry.status().translationKey()),
                    entry.progress()));
            var text = new Div();
            text.addClassName("implementation-text");
            // the official's Markdown, rendered and cleaned by the shared allow-list
            text.getElement().setProperty("innerHTML", Markdown.toSafeHtml(entry.text()));
            var item = new Div(heading, text);
            item.addClassName("implementation-entry");
            if (entry.cancelReason() != null) {
                item.add(new Paragraph(getTranslation("results.implementation.page.reason", entry.cancelReason())));
            }
            add(item);
        });
    }
}
