package org.civitas.voting.ui;

import java.util.Optional;

import org.civitas.shared.ui.Fields;
import org.civitas.voting.DocumentType;
import org.civitas.voting.VoterIdentity;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A voter's identity: a PESEL, or for a resident without one (many of Kraków's newcomers) a document with the
 * date of birth. Both are full identities here; neither is stored, only a keyed hash of it.
 */
class IdentityForm extends VerticalLayout {

    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextField pesel = new TextField();
    private final Select<DocumentType> documentType = new Select<>();
    private final TextField documentNumber = new TextField();
    private final DatePicker birthDate;

    IdentityForm(String idPrefix) {
        setPadding(false);
        addClassName("civitas-narrow");
        kind.setLabel(getTranslation("voting.identity.kind"));
        kind.setItems(true, false);
        kind.setItemLabelGenerator(byPesel -> getTranslation(byPesel ? "voting.identity.by-pesel" : "voting.identity.by-document"));
        kind.setValue(true);
        kind.setId(idPrefix + "identity-kind");
        pesel.setLabel(getTranslation("voting.identity.pesel"));
        pesel.setId(idPrefix + "pesel");
        pesel.setAllowedCharPattern("[0-9 -]");
        pesel.setMaxLength(15);
        pesel.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        documentType.setLabel(getTranslation("voting.identity.document-type"));
        documentType.setItems(DocumentType.values());
        documentType.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        documentType.setValue(DocumentType.PASSPORT);
        documentType.setId(idPrefix + "document-type");
        documentNumber.setLabel(getTranslation("voting.identity.document-number"));
        documentNumber.setId(idPrefix + "document-number");
        documentNumber.setMaxLength(40);
        birthDate = Fields.date(getTranslation("voting.identity.birth-date"));
        birthDate.setId(idPrefix + "birth-date");
        kind.addValueChangeListener(e -> showKind());
        add(kind, pesel, documentType, documentNumber, birthDate);
        showKind();
    }

    private void showKind() {
        boolean byPesel = Boolean.TRUE.equals(kind.getValue());
        pesel.setVisible(byPesel);
        documentType.setVisible(!byPesel);
        documentNumber.setVisible(!byPesel);
        birthDate.setVisible(!byPesel);
    }

    /** The identity as typed; its checks (checksum, number, date) are the service's. */
    Optional<VoterIdentity> identity() {
        if (Boolean.TRUE.equals(kind.getValue())) {
            return Optional.of(VoterIdentity.ofPesel(pesel.getValue()));
        }
        if (birthDate.isInvalid()) {
            // a date the picker could not read: its own message is already under the field
            return Optional.empty();
        }
        return Optional.of(VoterIdentity.ofDocument(documentType.getValue(), documentNumber.getValue(), birthDate.getValue()));
    }

    void clear() {
        pesel.clear();
        documentNumber.clear();
        birthDate.clear();
    }
}
