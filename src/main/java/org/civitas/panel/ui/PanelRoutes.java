package org.civitas.panel.ui;

import java.util.Locale;
import java.util.OptionalLong;

import org.civitas.panel.PanelService;
import org.civitas.shared.Language;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The panel a page's route names ({@code panels/7/...}); an unknown one shows the page-not-found page. */
final class PanelRoutes {

    private PanelRoutes() {
    }

    static OptionalLong panelOf(BeforeEnterEvent event, PanelService panels, Locale locale) {
        long id = event.getRouteParameters().getLong("panel").orElse(-1L);
        if (panels.page(id, Language.of(locale)).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return OptionalLong.empty();
        }
        return OptionalLong.of(id);
    }
}
