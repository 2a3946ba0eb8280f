package org.civitas.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validation;

import org.civitas.budget.CategoryForm;
import org.civitas.budget.EditionForm;
import org.civitas.budget.NamesForm;
import org.civitas.shared.Language;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.textfield.TextField;

class FormErrorsTest {

    static class Service {
        void create(@Valid EditionForm form) {
        }
    }

    @Test
    void marks_the_field_a_refusal_of_the_service_names() throws NoSuchMethodException {
        var form = new EditionForm();
        form.getName().set(Language.PL, "Kraków 2027");
        form.getCategories().add(new CategoryForm(null, new NamesForm()));
        var editionName = new TextField();
        var categoryName = new TextField();
        var errors = new FormErrors(Locale.ENGLISH);
        errors.field("name.pl", editionName);
        errors.field("categories[0].name.pl", categoryName);

        var violations = Validation.buildDefaultValidatorFactory().getValidator().forExecutables().validateParameters(
                new Service(), Service.class.getDeclaredMethod("create", EditionForm.class), new Object[] {form});
        var unplaced = errors.show(violations);

        assertThat(categoryName.isInvalid()).isTrue();
        assertThat(violations).hasSize(1);
        assertThat(categoryName.getErrorMessage()).isEqualTo(violations.iterator().next().getMessage());
        assertThat(editionName.isInvalid()).isFalse();
        assertThat(unplaced).isEmpty();
    }
}
