package org.civitas.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.civitas.shared.Language;

/**
 * A past edition read from a pabulib file: one pool, its voting days, ballot rule and counting rule, and the categories its
 * projects name. Names come from the file, in its own language, so every language shows the same text.
 *
 * @param minPoints  counting by points, the file's threshold (0 for a file without one)
 * @param districtId the pool's district, or null for a city-wide pool
 */
public record ImportedEdition(String name, LocalDate votingStart, LocalDate votingEnd, BallotRule ballotRule,
        CountingRule countingRule, int minPoints, BigDecimal amount, BigDecimal minCost, BigDecimal maxCost,
        Long districtId, List<String> categories) {

    public ImportedEdition {
        categories = List.copyOf(categories);
    }

    EditionForm form() {
        var form = new EditionForm();
        form.setName(names(name));
        form.phase(Phase.VOTING).setStart(votingStart);
        form.phase(Phase.VOTING).setEnd(votingEnd);
        form.getPools().add(new PoolForm(districtId, money(amount), money(minCost), money(maxCost)));
        categories.forEach(c -> form.getCategories().add(new CategoryForm(null, names(c))));
        form.setBallotKind(ballotRule.kind());
        form.setBallotParameter(ballotRule.parameter());
        form.setCountingRule(countingRule);
        form.setMinPoints(minPoints);
        form.setSupporters(0);
        return form;
    }

    private static NamesForm names(String text) {
        var names = new NamesForm();
        for (Language language : Language.values()) {
            names.set(language, text);
        }
        return names;
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
