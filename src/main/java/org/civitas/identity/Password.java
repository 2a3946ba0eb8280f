package org.civitas.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The password rules shown to residents before they type: 10 to 128 characters with at least one letter
 * and one digit. Length matters more than symbols (NIST SP 800-63B).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@NotNull
@Size(min = Password.MIN_LENGTH, max = Password.MAX_LENGTH)
@Pattern(regexp = "(?s)(?=.*\\p{L})(?=.*\\p{N}).*")
@ReportAsSingleViolation
public @interface Password {

    int MIN_LENGTH = 10;
    int MAX_LENGTH = 128;

    String message() default "{identity.password.rules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
