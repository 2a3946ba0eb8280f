package org.civitas.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.civitas.shared.Language;

/** Valid edition forms for tests, with phases laid out around a given day. */
public final class EditionForms {

    private EditionForms() {
    }

    /**
     * Submission from 10 days before {@code today} to 10 days after, the following phases one after another,
     * voting from day 100 to day 110 after {@code today}; every district has a pool.
     */
    public static EditionForm valid(String polishName, LocalDate today, List<DistrictSummary> districts) {
        var form = new EditionForm();
        form.getName().set(Language.PL, polishName).set(Language.EN, polishName + " (en)");
        int[][] days = {{-10, 10}, {11, 40}, {41, 50}, {51, 60}, {61, 99}, {100, 110}, {111, 130}, {131, 400}};
        for (Phase phase : Phase.values()) {
            form.phase(phase).setStart(today.plusDays(days[phase.ordinal()][0]));
            form.phase(phase).setEnd(today.plusDays(days[phase.ordinal()][1]));
        }
        form.getPools().add(new PoolForm(null, money("1000000"), money("25000"), money("200000")));
        districts.forEach(d -> form.getPools().add(new PoolForm(d.id(), money("100000"), money("2500"), money("40000"))));
        form.getCategories().add(new CategoryForm(null, new NamesForm().set(Language.PL, "Zieleń").set(Language.UK, "Зелень")));
        return form;
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
