package org.civitas.identity.ui;

import java.io.ByteArrayInputStream;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileData;
import org.civitas.identity.ProfileService;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** A resident's own profile: name, language, district; their data as JSON; deleting the account. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final ProfileService profiles;

    ProfileView(ProfileService profiles, DistrictService districts, AuthenticationContext authentication) {
        this.profiles = profiles;
        addClassNames("civitas-page", "civitas-narrow");
        CurrentAccount account = profiles.current().orElseThrow();
        add(new H1(getTranslation("identity.profile.title")), new Paragraph(account.email()));
        add(form(account, districts));
        add(new H2(getTranslation("identity.profile.data-title")), new Paragraph(getTranslation("identity.profile.data-text")));
        var export = new Anchor(new StreamResource("civitas-my-data.json",
                () -> new ByteArrayInputStream(profiles.exportMyData())), getTranslation("identity.profile.export"));
        export.getElement().setAttribute("download", true);
        export.setId("profile-export");
        var delete = new Button(getTranslation("identity.profile.delete"), e -> confirmDelete(authentication));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("profile-delete");
        add(export, delete);
    }

    private VerticalLayout form(CurrentAccount account, DistrictService districts) {
        var data = new ProfileData();
        data.setDisplayName(account.displayName());
        data.setLanguage(account.language());
        data.setDistrictId(account.districtId());
        data.setBirthDate(account.birthDate());
        var name = new TextField(getTranslation("identity.register.name"));
        name.setMaxLength(100);
        var language = new Select<Language>();
        language.setLabel(getTranslation("identity.register.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        var district = new ComboBox<DistrictSummary>(getTranslation("identity.profile.district"));
        district.setItems(districts.all());
        district.setItemLabelGenerator(DistrictSummary::label);
        district.setClearButtonVisible(true);
        district.setHelperText(getTranslation("identity.profile.district-help"));
        var birthDate = Fields.date(getTranslation("identity.profile.birth-date"));
        birthDate.setId("profile-birth-date");
        birthDate.setHelperText(getTranslation("identity.profile.birth-date-help"));
        birthDate.setLocale(getLocale());
        var binder = new BeanValidationBinder<>(ProfileData.class);
        binder.forField(birthDate).bind("birthDate");
        binder.forField(name).bind("displayName");
        binder.forField(language).bind("language");
        // always has a value; a required mark on a select also breaks its ARIA (axe: aria-allowed-attr)
        language.setRequiredIndicatorVisible(false);
        binder.forField(district).bind(
                d -> d.getDistrictId() == null ? null : districts.find(d.getDistrictId()).orElse(null),
                (d, v) -> d.setDistrictId(v == null ? null : v.id()));
        binder.setBean(data);
        var save = new Button(getTranslation("identity.profile.save"), e -> {
            if (binder.validate().isOk()) {
                boolean languageChanged = data.getLanguage() != Language.of(getLocale());
                profiles.update(data);
                if (languageChanged) {
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } else {
                    Notification.show(getTranslation("identity.profile.saved"));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        return new VerticalLayout(name, language, district, birthDate, save);
    }

    private void confirmDelete(AuthenticationContext authentication) {
        var dialog = new ConfirmDialog(getTranslation("identity.profile.delete-title"),
                getTranslation("identity.profile.delete-text"), getTranslation("identity.profile.delete-confirm"),
                e -> {
                    profiles.deleteMyAccount();
                    authentication.logout();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("shell.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.profile.title");
    }
}
