package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains infeasible quotas by a smallest set of categories whose quotas alone cannot be met: each
 * category alone first, then pairs, then triples, in file order. Because smaller sets are tried first,
 * every proper subset of the set found is feasible.
 */
final class ConflictFinder {

    private ConflictFinder() {
    }

    static InfeasibleQuotasException explain(VolunteerTypes types, QuotaProgram program) {
        int seats = program.panelSize();
        if (types.eligibleCount() < seats) {
            return new InfeasibleQuotasException("Only " + types.eligibleCount() + " volunteers can be drawn, fewer"
                    + " than the " + seats + " seats of the panel.", List.of());
        }
        int categories = types.categories().size();
        for (int size = 1; size <= categories; size++) {
            Set<Integer> conflict = firstInfeasible(program, categories, size, 0, new LinkedHashSet<>());
            if (conflict != null) {
                return conflictOf(types, seats, conflict);
            }
        }
        // The full program is infeasible, so the search above cannot come back empty; kept for safety.
        return new InfeasibleQuotasException("No panel of " + seats + " can meet the quotas.", List.of());
    }

    private static Set<Integer> firstInfeasible(QuotaProgram program, int categories, int size, int from,
            LinkedHashSet<Integer> chosen) {
        if (chosen.size() == size) {
            return program.restrictedTo(chosen).feasible() ? null : new LinkedHashSet<>(chosen);
        }
        for (int c = from; c < categories; c++) {
            chosen.add(c);
            Set<Integer> found = firstInfeasible(program, categories, size, c + 1, chosen);
            chosen.remove(c);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static InfeasibleQuotasException conflictOf(VolunteerTypes types, int seats, Set<Integer> conflict) {
        List<String> names = new ArrayList<>();
        for (int c : conflict) {
            names.add(types.categories().get(c).name());
        }
        String message = names.size() == 1
                ? "No panel of " + seats + " can meet the quotas of category '" + names.get(0) + "': "
                        + ConflictReasons.ofCategory(types, conflict.iterator().next(), seats) + "."
                : "No panel of " + seats + " can meet the quotas of categories " + quoted(names)
                        + " together with this pool, although each of them can be met alone.";
        return new InfeasibleQuotasException(message, names);
    }

    private static String quoted(List<String> names) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
