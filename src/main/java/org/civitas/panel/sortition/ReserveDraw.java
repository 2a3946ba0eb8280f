package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reserves, drawn the same way as the panel: LEXIMIN over the volunteers not on the panel, then a seeded
 * draw (purpose "reserves"), then a seeded shuffle that gives the order to call them. Their quotas are
 * the panel's scaled to the number of reserves: [floor(min * k / size), ceil(max * k / size)]. When those
 * cannot be met with who is left, every bound is widened by one seat at a time until they can; at the
 * widest ([0, k]) any k volunteers do, so quotas are kept as far as the remaining pool allows.
 */
final class ReserveDraw {

    private ReserveDraw() {
    }

    static List<Volunteer> draw(Selection selection, List<Volunteer> panel, int count, String seed) {
        if (count < 0) {
            throw new InvalidInputException("The number of reserves cannot be negative: " + count + ".");
        }
        List<Volunteer> rest = remaining(selection, panel);
        if (count == 0) {
            return List.of();
        }
        if (rest.size() < count) {
            throw new InvalidInputException("Only " + rest.size() + " volunteers who can be drawn are left off the"
                    + " panel, fewer than the " + count + " reserves asked for.");
        }
        Pool pool = relaxedPool(selection.pool().categories(), rest, count, selection.panelSize());
        SeededRandom random = new SeededRandom(seed, "reserves");
        List<Volunteer> drawn = Leximin.select(pool, count).draw(random);
        return random.choose(drawn, drawn.size());
    }

    private static List<Volunteer> remaining(Selection selection, List<Volunteer> panel) {
        Set<String> inPool = new HashSet<>();
        selection.pool().volunteers().forEach(volunteer -> inPool.add(volunteer.id()));
        Set<String> onPanel = new HashSet<>();
        for (Volunteer member : panel) {
            if (!inPool.contains(member.id())) {
                throw new InvalidInputException("Panel member '" + member.id() + "' is not a volunteer of this pool.");
            }
            onPanel.add(member.id());
        }
        List<Volunteer> rest = new ArrayList<>();
        for (Volunteer volunteer : selection.pool().eligible()) {
            if (!onPanel.contains(volunteer.id())) {
                rest.add(volunteer);
            }
        }
        return rest;
    }

    private static Pool relaxedPool(List<Category> categories, List<Volunteer> rest, int count, int panelSize) {
        for (int widen = 0; ; widen++) {
            Pool pool = new Pool(scaled(categories, count, panelSize, widen), rest);
            if (widen >= count || new QuotaProgram(VolunteerTypes.of(pool), count).feasible()) {
                return pool;
            }
        }
    }

    private static List<Category> scaled(List<Category> categories, int count, int panelSize, int widen) {
        List<Category> scaled = new ArrayList<>();
        for (Category category : categories) {
            List<FeatureQuota> quotas = new ArrayList<>();
            for (FeatureQuota quota : category.features()) {
                int max = (int) Math.min(count, ((long) quota.max() * count + panelSize - 1) / panelSize + widen);
                int min = (int) Math.max(0, Math.min(max, (long) quota.min() * count / panelSize) - widen);
                quotas.add(new FeatureQuota(quota.feature(), min, max));
            }
            scaled.add(new Category(category.name(), quotas));
        }
        return scaled;
    }
}
