package org.civitas.panel.ui;

import java.util.OptionalLong;

import org.civitas.panel.PanelService;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The panel a page's route names ({@code panels/7/...}); an unknown one shows the page-not-found page. */
final class PanelRoutes {

    private PanelRoutes() {
    }

    static OptionalLong panelOf(BeforeEnterEvent event, PanelService panels) {
        long id = event.getRouteParameters().getLong("panel").orElse(-1L);
        if (!panels.exists(id)) {
            event.rerouteToError(NotFoundException.class);
            return OptionalLong.empty();
        }
        return OptionalLong.of(id);
    }
}
