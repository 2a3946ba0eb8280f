package org.civitas.notification.ui;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/** Adds the sent-mail page in the dev profile only; elsewhere the route does not exist. */
@Component
@Profile("dev")
class DevRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(SentMailView.class);
    }
}
