package org.civitas.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that does not exist, or one the person may not open (Vaadin does not tell them apart, on purpose). */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("civitas-page");
        add(new H1(getTranslation("shell.not-found.title")), new Paragraph(getTranslation("shell.not-found.text")),
                new Anchor("", getTranslation("shell.error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
