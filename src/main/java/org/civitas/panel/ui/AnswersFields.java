package org.civitas.panel.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** One choice per stratification question, with its answers as the coordinator wrote them. */
class AnswersFields extends FormLayout {

    private final Map<String, RadioButtonGroup<String>> groups = new HashMap<>();

    AnswersFields(Map<String, List<String>> questions) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        int i = 0;
        for (var question : questions.entrySet()) {
            var group = new RadioButtonGroup<String>(question.getKey());
            group.setItems(question.getValue());
            group.setRequiredIndicatorVisible(true);
            group.setId("panel-answer-" + i++);
            groups.put(question.getKey(), group);
            add(group);
        }
    }

    Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        groups.forEach((category, group) -> {
            if (group.getValue() != null) {
                answers.put(category, group.getValue());
            }
        });
        return answers;
    }

    void clear() {
        groups.values().forEach(RadioButtonGroup::clear);
    }
}
