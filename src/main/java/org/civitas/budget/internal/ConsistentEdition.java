package org.civitas.budget.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules of an edition that span several fields: phase dates in order without overlap, pool cost limits
 * within the pool, one pool per area, a parameter for the ballots that need one. Each broken rule is
 * reported on the field to correct (e.g. {@code pools[3].minCost}), so the editor can mark that field.
 */
@Documented
@Constraint(validatedBy = ConsistentEditionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentEdition {

    String message() default "{budget.edition.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
