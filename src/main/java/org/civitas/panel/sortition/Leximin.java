package org.civitas.panel.sortition;

/**
 * LEXIMIN selection (Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for selecting citizens'
 * assemblies", Nature 2021): among all lotteries over quota-satisfying panels, the one that maximises the
 * smallest selection probability of any volunteer, then the next smallest, and so on.
 */
public final class Leximin {

    private Leximin() {
    }

    /**
     * @throws InfeasibleQuotasException when no panel of this size meets the quotas, naming the categories
     * @throws InvalidInputException     when the size is not positive
     */
    public static Selection select(Pool pool, int panelSize) {
        if (panelSize < 1) {
            throw new InvalidInputException("The panel size must be at least 1, not " + panelSize + ".");
        }
        VolunteerTypes types = VolunteerTypes.of(pool);
        return new Selection(pool, panelSize, types, LeximinSolver.solve(types, panelSize));
    }
}
