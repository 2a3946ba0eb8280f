package org.civitas.panel.sortition;

import java.util.List;

/**
 * No panel of the requested size can meet the quotas with this pool. {@link #categories()} names a
 * smallest set of categories whose quotas already conflict on their own (empty when the pool is simply
 * smaller than the panel).
 */
public final class InfeasibleQuotasException extends SortitionException {

    private static final long serialVersionUID = 1L;

    private final List<String> categories;

    public InfeasibleQuotasException(String message, List<String> categories) {
        super(message);
        this.categories = List.copyOf(categories);
    }

    public List<String> categories() {
        return categories;
    }
}
