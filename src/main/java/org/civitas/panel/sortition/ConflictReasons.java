package org.civitas.panel.sortition;

/** Says in words why one category's quotas cannot be met on their own. */
final class ConflictReasons {

    private ConflictReasons() {
    }

    static String ofCategory(VolunteerTypes types, int category, int seats) {
        Category quotas = types.categories().get(category);
        int minimums = 0;
        int reachable = 0;
        for (FeatureQuota quota : quotas.features()) {
            int available = types.available(category, quota.feature());
            if (quota.min() > available) {
                return "feature '" + quota.feature() + "' needs at least " + quota.min() + " seats but only "
                        + available + " volunteers who can be drawn have it";
            }
            minimums += quota.min();
            reachable += Math.min(quota.max(), available);
        }
        if (minimums > seats) {
            return "its minimums add up to " + minimums + ", more than the " + seats + " seats";
        }
        if (reachable < seats) {
            return "its maximums (counting only the volunteers available) add up to " + reachable
                    + ", fewer than the " + seats + " seats";
        }
        return "its quotas cannot be met with this pool";
    }
}
