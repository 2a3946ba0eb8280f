package org.civitas.budget.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.civitas.budget.EditionForm;
import org.civitas.budget.PhaseForm;
import org.civitas.budget.PoolForm;

public class ConsistentEditionValidator implements ConstraintValidator<ConsistentEdition, EditionForm> {

    @Override
    public boolean isValid(EditionForm form, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = phasesValid(form.getPhases(), context);
        valid &= poolsValid(form.getPools(), context);
        if (form.getBallotKind() != null && form.getBallotKind().needsParameter() && form.getBallotParameter() == null) {
            context.buildConstraintViolationWithTemplate("{budget.rule.parameter-required}")
                    .addPropertyNode("ballotParameter").addConstraintViolation();
            valid = false;
        }
        return valid;
    }

    private static boolean phasesValid(List<PhaseForm> phases, ConstraintValidatorContext context) {
        if (phases == null) {
            return true;
        }
        boolean valid = true;
        LocalDate previousEnd = null;
        for (int i = 0; i < phases.size(); i++) {
            PhaseForm phase = phases.get(i);
            if (phase == null) {
                continue;
            }
            if ((phase.getStart() == null) != (phase.getEnd() == null)) {
                valid = fail(context, "{budget.phase.incomplete}", "phases", i, phase.getStart() == null ? "start" : "end");
            } else if (phase.planned() && phase.getEnd().isBefore(phase.getStart())) {
                valid = fail(context, "{budget.phase.end-before-start}", "phases", i, "end");
            } else if (phase.planned() && previousEnd != null && !phase.getStart().isAfter(previousEnd)) {
                // a phase begins after the previous planned one has ended: phases follow each other, never overlap
                valid = fail(context, "{budget.phase.out-of-order}", "phases", i, "start");
            }
            if (phase.planned()) {
                previousEnd = previousEnd == null || phase.getEnd().isAfter(previousEnd) ? phase.getEnd() : previousEnd;
            }
        }
        return valid;
    }

    private static boolean poolsValid(List<PoolForm> pools, ConstraintValidatorContext context) {
        if (pools == null) {
            return true;
        }
        boolean valid = true;
        Set<Long> areas = new HashSet<>();
        boolean cityWideSeen = false;
        for (int i = 0; i < pools.size(); i++) {
            PoolForm pool = pools.get(i);
            if (pool == null) {
                continue;
            }
            boolean duplicate = pool.getDistrictId() == null ? cityWideSeen : !areas.add(pool.getDistrictId());
            cityWideSeen |= pool.getDistrictId() == null;
            if (duplicate) {
                valid = fail(context, "{budget.pool.duplicate}", "pools", i, "amount");
            }
            if (pool.getMinCost() != null && pool.getMaxCost() != null && pool.getMinCost().compareTo(pool.getMaxCost()) > 0) {
                valid = fail(context, "{budget.pool.min-above-max}", "pools", i, "minCost");
            }
            if (pool.getMaxCost() != null && pool.getAmount() != null && pool.getMaxCost().compareTo(pool.getAmount()) > 0) {
                valid = fail(context, "{budget.pool.max-above-amount}", "pools", i, "maxCost");
            }
        }
        return valid;
    }

    private static boolean fail(ConstraintValidatorContext context, String message, String list, int index, String field) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(list).addPropertyNode(field).inIterable().atIndex(index)
                .addConstraintViolation();
        return false;
    }
}
