package org.civitas.panel.ui;

import java.time.LocalDate;
import java.util.Optional;

import org.civitas.panel.PanelForm;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelService;
import org.civitas.shared.ui.Fields;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A coordinator sets up a panel ({@code /panels/setup}) or changes one ({@code /panels/setup/7}): texts in six
 * languages, seats, threshold, timeline, the seed and the quotas. Nothing is kept until the whole form passes.
 */
@Route("panels/setup/:panel?([0-9]{1,18})")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class PanelEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService panels;
    private Long panelId;
    private TextsFields texts;
    private QuotaRows quotas;
    private final IntegerField size = Fields.integer("");
    private final IntegerField reserves = Fields.integer("");
    private final IntegerField threshold = Fields.integer("");
    private final IntegerField acceptDays = Fields.integer("");
    private final DatePicker closes = Fields.date("");
    private final DatePicker starts = Fields.date("");
    private final DatePicker ends = Fields.date("");
    private final TextField seed = new TextField();

    PanelEditorView(PanelService panels) {
        this.panels = panels;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("panel").orElse(null);
        PanelForm form = Optional.ofNullable(panelId).map(panels::form).orElseGet(panels::blankForm);
        removeAll();
        add(new H1(getPageTitle()));
        texts = new TextsFields(form);
        add(new H2(getTranslation("panel.editor.texts")), texts, new H2(getTranslation("panel.editor.rules")),
                numbers(form));
        quotas = new QuotaRows(form.getQuotas(), () -> size.getValue() == null ? 0 : size.getValue());
        var save = new Button(getTranslation("panel.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("panel-save");
        add(quotas, save);
    }

    private FormLayout numbers(PanelForm form) {
        label(size, "panel.editor.size", "panel-size", form.getSize());
        label(reserves, "panel.editor.reserves", "panel-reserves", form.getReserves());
        label(threshold, "panel.editor.threshold", "panel-threshold", form.getThresholdPercent());
        label(acceptDays, "panel.editor.accept-days", "panel-accept-days", form.getAcceptDays());
        date(closes, "panel.editor.registration-closes", "panel-registration-closes", form.getRegistrationCloses());
        date(starts, "panel.editor.deliberation-starts", "panel-deliberation-starts", form.getDeliberationStarts());
        date(ends, "panel.editor.deliberation-ends", "panel-deliberation-ends", form.getDeliberationEnds());
        seed.setLabel(getTranslation("panel.editor.seed"));
        seed.setHelperText(getTranslation("panel.editor.seed-help"));
        seed.setMaxLength(200);
        seed.setValue(form.getSeed());
        seed.setId("panel-seed-field");
        var layout = new FormLayout(size, reserves, threshold, acceptDays, closes, starts, ends, seed);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        return layout;
    }

    private void label(IntegerField field, String key, String id, int value) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setValue(value);
    }

    private void date(DatePicker field, String key, String id, LocalDate value) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setLocale(getLocale());
        field.setValue(value);
    }

    private void save() {
        if (size.isInvalid() || reserves.isInvalid() || threshold.isInvalid() || acceptDays.isInvalid()
                || closes.isInvalid() || starts.isInvalid() || ends.isInvalid()) {
            Notices.error(getTranslation("panel.editor.fix-fields"));
            return;
        }
        var form = new PanelForm().setSize(orZero(size)).setReserves(orZero(reserves))
                .setThresholdPercent(orZero(threshold)).setAcceptDays(orZero(acceptDays)).setSeed(seed.getValue())
                .setRegistrationCloses(closes.getValue()).setDeliberationStarts(starts.getValue())
                .setDeliberationEnds(ends.getValue()).setQuotas(quotas.quotas());
        texts.writeTo(form);
        try {
            long id = panelId == null ? panels.create(form) : update(form);
            Notices.success(getTranslation("panel.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate(PanelView.class, PanelView.parameters(id)));
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }

    private long update(PanelForm form) {
        panels.update(panelId, form);
        return panelId;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(panelId == null ? "panel.editor.new" : "panel.editor.edit");
    }
}
