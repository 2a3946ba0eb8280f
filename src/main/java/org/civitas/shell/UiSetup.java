package org.civitas.shell;

import org.civitas.shared.Language;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Gives every new page its language and a friendly handler for errors that reach no view. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final LanguagePreference languages;

    UiSetup(LanguagePreference languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            Language language = LanguagePreference.currentRequest().map(languages::resolve).orElse(Language.DEFAULT);
            e.getUI().setLocale(language.locale());
            e.getUI().getSession().setLocale(language.locale());
        });
    }
}
