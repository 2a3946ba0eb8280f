package org.civitas.budget.ui;

import java.util.List;

import org.civitas.budget.PhaseForm;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** The first and last day of each phase; a phase not planned yet stays empty. */
class PhaseFields extends FormLayout {

    PhaseFields(List<PhaseForm> phases, FormErrors errors) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        for (int i = 0; i < phases.size(); i++) {
            PhaseForm phase = phases.get(i);
            String name = getTranslation(phase.getPhase().translationKey());
            String id = "phase-" + phase.getPhase().name().toLowerCase().replace('_', '-');
            var start = new DatePicker(getTranslation("budget.editor.phase-start", name));
            start.setId(id + "-start");
            var end = new DatePicker(getTranslation("budget.editor.phase-end", name));
            end.setId(id + "-end");
            // an end the picker offers starts at the phase's start, which prevents most mistakes before Save
            start.addValueChangeListener(e -> end.setInitialPosition(e.getValue()));
            var binder = new BeanValidationBinder<>(PhaseForm.class);
            binder.forField(start).bind("start");
            binder.forField(end).bind("end");
            binder.setBean(phase);
            String path = "phases[" + i + "]";
            errors.binder(path, binder);
            errors.field(path + ".start", start);
            errors.field(path + ".end", end);
            add(start, end);
        }
    }
}
