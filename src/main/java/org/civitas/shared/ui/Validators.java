package org.civitas.shared.ui;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Bean Validation speaking the page's language: the request's locale (what Spring would use) is the browser's,
 * while a page follows the language the person chose in Civitas.
 */
public final class Validators {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Validators() {
    }

    public static Validator in(Locale locale) {
        MessageInterpolator base = FACTORY.getMessageInterpolator();
        return FACTORY.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
    }
}
