package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.civitas.tally.ProjectOutcome;

/** What one rule decided: the funded projects in selection order, and every project's outcome. */
record Counted(int[] selected, ProjectOutcome[] outcomes) {

    List<String> selectedIds(CountInput in) {
        return Arrays.stream(selected).mapToObj(in::id).collect(Collectors.toList());
    }

    BigDecimal spent(CountInput in) {
        return in.money(in.costOf(selected));
    }
}
