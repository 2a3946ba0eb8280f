package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories with their quotas and every respondent, in file order. Respondents whose answer to
 * some category is not one of its features stay in the pool (they are listed with probability 0) but
 * can never be drawn; {@link #warnings()} names them.
 */
public record Pool(List<Category> categories, List<Volunteer> volunteers) {

    public Pool {
        categories = List.copyOf(categories);
        volunteers = List.copyOf(volunteers);
        requireDistinctCategories(categories);
        requireDistinctIds(volunteers);
        requireAnswers(categories, volunteers);
    }

    /** Whether every answer of the volunteer is a feature of its category. */
    public boolean canBeDrawn(Volunteer volunteer) {
        return categories.stream().allMatch(c -> c.indexOf(volunteer.feature(c.name())) >= 0);
    }

    /** The volunteers who can be drawn, in file order. */
    public List<Volunteer> eligible() {
        return volunteers.stream().filter(this::canBeDrawn).toList();
    }

    /** One line per respondent who cannot be drawn, saying why. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (Volunteer volunteer : volunteers) {
            for (Category category : categories) {
                String value = volunteer.feature(category.name());
                if (category.indexOf(value) < 0) {
                    warnings.add("Row " + volunteer.row() + " (id '" + volunteer.id() + "') cannot be drawn: its "
                            + category.name() + " '" + value + "' is not a feature of that category.");
                    break;
                }
            }
        }
        return warnings;
    }

    private static void requireDistinctCategories(List<Category> categories) {
        if (categories.isEmpty()) {
            throw new InvalidInputException("There are no categories: at least one is needed.");
        }
        Set<String> names = new HashSet<>();
        for (Category category : categories) {
            if (!names.add(category.name())) {
                throw new InvalidInputException("Category '" + category.name() + "' is defined twice.");
            }
        }
    }

    private static void requireDistinctIds(List<Volunteer> volunteers) {
        Map<String, Integer> rowById = new HashMap<>();
        for (Volunteer volunteer : volunteers) {
            Integer earlier = rowById.putIfAbsent(volunteer.id(), volunteer.row());
            if (earlier != null) {
                throw new InvalidInputException("Id '" + volunteer.id() + "' appears twice in the respondents (rows "
                        + earlier + " and " + volunteer.row() + "); each volunteer needs their own id.");
            }
        }
    }

    private static void requireAnswers(List<Category> categories, List<Volunteer> volunteers) {
        for (Volunteer volunteer : volunteers) {
            for (Category category : categories) {
                if (volunteer.feature(category.name()) == null) {
                    throw new InvalidInputException("Row " + volunteer.row() + " (id '" + volunteer.id()
                            + "') has no answer for category '" + category.name() + "'.");
                }
            }
        }
    }
}
