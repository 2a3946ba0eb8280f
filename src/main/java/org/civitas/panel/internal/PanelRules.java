package org.civitas.panel.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.panel.PanelForm;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.Quota;
import org.civitas.shared.Language;

/** Checks a panel's setup before it is saved, so nothing half-valid is kept. */
final class PanelRules {

    static final int MAX_SIZE = 1000;
    static final int MAX_QUESTION = 500;
    static final int MAX_DESCRIPTION = 8000;
    static final int MAX_NAME = 100;

    private PanelRules() {
    }

    static void check(PanelForm form) {
        texts(form);
        numbers(form);
        dates(form);
        if (form.getSeed() != null && form.getSeed().strip().length() > 200) {
            throw new PanelRuleException("panel.error.seed-too-long", 200);
        }
        quotas(form.getQuotas(), form.getSize());
    }

    private static void texts(PanelForm form) {
        boolean any = false;
        for (Language language : Language.values()) {
            String question = form.question(language).strip();
            String description = form.description(language).strip();
            if (question.length() > MAX_QUESTION) {
                throw new PanelRuleException("panel.error.question-too-long", MAX_QUESTION);
            }
            if (description.length() > MAX_DESCRIPTION) {
                throw new PanelRuleException("panel.error.description-too-long", MAX_DESCRIPTION);
            }
            if (question.isEmpty() && !description.isEmpty()) {
                throw new PanelRuleException("panel.error.description-without-question", language.nativeName());
            }
            any |= !question.isEmpty();
        }
        if (!any) {
            throw new PanelRuleException("panel.error.question-required");
        }
    }

    private static void numbers(PanelForm form) {
        if (form.getSize() < 1 || form.getSize() > MAX_SIZE) {
            throw new PanelRuleException("panel.error.size-range", MAX_SIZE);
        }
        if (form.getReserves() < 0 || form.getReserves() > MAX_SIZE) {
            throw new PanelRuleException("panel.error.reserves-range", MAX_SIZE);
        }
        if (form.getThresholdPercent() < 50 || form.getThresholdPercent() > 100) {
            throw new PanelRuleException("panel.error.threshold-range");
        }
        if (form.getAcceptDays() < 1 || form.getAcceptDays() > 60) {
            throw new PanelRuleException("panel.error.accept-days-range");
        }
    }

    private static void dates(PanelForm form) {
        if (form.getRegistrationCloses() == null || form.getDeliberationStarts() == null
                || form.getDeliberationEnds() == null) {
            throw new PanelRuleException("panel.error.dates-required");
        }
        if (form.getDeliberationStarts().isBefore(form.getRegistrationCloses())
                || form.getDeliberationEnds().isBefore(form.getDeliberationStarts())) {
            throw new PanelRuleException("panel.error.dates-order");
        }
    }

    /** Each category's minimums must fit the panel and its maximums must fill it, or no panel exists. */
    static void quotas(List<Quota> quotas, int size) {
        if (quotas.isEmpty()) {
            throw new PanelRuleException("panel.error.quotas-required");
        }
        Set<String> seen = new HashSet<>();
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Quota quota : quotas) {
            String category = quota.category() == null ? "" : quota.category().strip();
            String feature = quota.feature() == null ? "" : quota.feature().strip();
            if (category.isEmpty() || feature.isEmpty()) {
                throw new PanelRuleException("panel.error.quota-names-required");
            }
            if (category.length() > MAX_NAME || feature.length() > MAX_NAME) {
                throw new PanelRuleException("panel.error.quota-name-too-long", MAX_NAME);
            }
            if (!seen.add(category + "\u0000" + feature)) {
                throw new PanelRuleException("panel.error.quota-twice", category, feature);
            }
            if (quota.min() < 0 || quota.max() < quota.min() || quota.max() > size) {
                throw new PanelRuleException("panel.error.quota-range", category, feature, size);
            }
            int[] sum = sums.computeIfAbsent(category, c -> new int[2]);
            sum[0] += quota.min();
            sum[1] += quota.max();
        }
        sums.forEach((category, sum) -> {
            if (sum[0] > size || sum[1] < size) {
                throw new PanelRuleException("panel.error.quotas-cannot-fill", category, sum[0], sum[1], size);
            }
        });
    }

    /** The quotas with their names stripped, as they are kept. */
    static List<Quota> stripped(List<Quota> quotas) {
        return quotas.stream().map(q -> new Quota(strip(q.category()), strip(q.feature()), q.min(), q.max())).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The categories with their features, in the order the coordinator gave them. */
    static Map<String, List<String>> features(List<Quota> quotas) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        quotas.forEach(q -> features.computeIfAbsent(q.category(), c -> new java.util.ArrayList<>()).add(q.feature()));
        return features;
    }
}
