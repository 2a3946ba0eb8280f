package org.civitas.panel.ui;

import org.civitas.panel.PanelRuleException;
import org.civitas.shared.ui.Notices;

/** Runs what a button asks of a service: on success says so and shows the page anew; a refusal says why. */
final class Attempt {

    private Attempt() {
    }

    static void run(Runnable action, String successText, Runnable refresh) {
        try {
            action.run();
            Notices.success(successText);
            refresh.run();
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }
}
