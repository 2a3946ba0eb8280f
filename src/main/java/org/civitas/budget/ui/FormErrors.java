package org.civitas.budget.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.civitas.shared.ui.Validators;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

/**
 * The editor's fields, each known by its property path in the form ({@code pools[3].minCost}). The binders
 * check each field as it is typed; the rules between fields ({@code @ConsistentEdition}) are checked on the
 * whole form here, in the page's language, and each broken one is shown on the field it names.
 */
class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Binder<?>> binders = new LinkedHashMap<>();
    private final Validator validator;
    private boolean valid;

    FormErrors(Locale locale) {
        this.validator = Validators.in(locale);
    }

    void field(String path, HasValidation field) {
        fields.put(path, field);
    }

    void binder(String path, Binder<?> binder) {
        binders.put(path, binder);
    }

    /** Forgets the fields and binders under a path, e.g. when the rows of a list are built again. */
    void forget(String pathPrefix) {
        fields.keySet().removeIf(p -> p.startsWith(pathPrefix));
        binders.keySet().removeIf(p -> p.startsWith(pathPrefix));
    }

    /**
     * Checks every field, then the whole form, and marks the fields in error.
     *
     * @return the messages of broken rules that name no field on the page; empty also when only fields
     *         (already marked) are in error, so check {@link #valid()} too
     */
    List<String> validate(Object form) {
        boolean fieldsValid = true;
        for (Binder<?> binder : binders.values()) {
            fieldsValid &= binder.validate().isOk();
        }
        Set<? extends ConstraintViolation<?>> violations = validator.validate(form);
        valid = fieldsValid && violations.isEmpty();
        return show(violations);
    }

    boolean valid() {
        return valid;
    }

    List<String> show(Set<? extends ConstraintViolation<?>> violations) {
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            HasValidation field = fieldAt(violation.getPropertyPath().toString());
            if (field == null) {
                unplaced.add(violation.getMessage());
            } else if (!field.isInvalid()) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    /**
     * The field at a path. The service's paths start with the method and parameter
     * ("create.form.categories[0].name.pl"), so the longest field path that ends it wins ("name.pl" ends it too).
     */
    private HasValidation fieldAt(String path) {
        return fields.entrySet().stream().filter(f -> path.equals(f.getKey()) || path.endsWith("." + f.getKey()))
                .max(java.util.Comparator.comparingInt(f -> f.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }
}
