package org.civitas.shell.ui;

import org.civitas.shared.Language;
import org.civitas.shell.LanguagePreference;

import com.vaadin.flow.component.select.Select;

/** Switches the whole page to another language, remembering it for this browser and the account. */
class LanguageSwitch extends Select<Language> {

    LanguageSwitch(LanguagePreference languages) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setAriaLabel(getTranslation("shell.language.label"));
        setValue(Language.of(getLocale()));
        addClassName("civitas-language");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.remember(e.getValue());
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(e.getValue().locale());
                    ui.getPage().reload();
                });
            }
        });
    }
}
