package org.civitas.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@AnonymousAllowed
public class AccessDeniedView extends NotShownPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
