package org.civitas.results.implementation.ui;

import org.civitas.results.implementation.ImplementationStatus;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A project's status as a badge and its progress as a bar with the figure beside it, for lists and pages. */
class ProgressFacts extends VerticalLayout {

    ProgressFacts(ImplementationStatus status, int progress) {
        setPadding(false);
        setSpacing(false);
        var badge = new Span(getTranslation(status.translationKey()));
        badge.getElement().getThemeList().add(status == ImplementationStatus.CANCELLED ? "badge error"
                : status == ImplementationStatus.COMPLETED ? "badge success" : "badge");
        badge.addClassName("implementation-status");
        var bar = new ProgressBar(0, 100, progress);
        bar.setWidthFull();
        String figure = getTranslation("results.implementation.progress", progress);
        bar.getElement().setAttribute("aria-label", figure);
        var text = new Span(figure);
        text.addClassName("implementation-progress");
        add(badge, bar, text);
        setWidthFull();
    }
}
