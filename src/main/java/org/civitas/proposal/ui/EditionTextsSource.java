package org.civitas.proposal.ui;

import java.util.Locale;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Names an edition's pools and categories in a reader's language, for the proposal pages. */
@Component
class EditionTextsSource {

    private final EditionService editions;
    private final DistrictService districts;
    private final I18NProvider i18n;

    EditionTextsSource(EditionService editions, DistrictService districts, I18NProvider i18n) {
        this.editions = editions;
        this.districts = districts;
        this.i18n = i18n;
    }

    EditionTexts of(long editionId, Locale locale) {
        return EditionTexts.of(editions.details(editionId), districts.all(), locale,
                i18n.getTranslation("proposal.pool.city-wide", locale));
    }
}
