package org.civitas.panel;

import org.civitas.shared.RuleException;

/** A panel's rule said no (quotas that cannot be met, registration without consent, a vote outside its window...). */
public class PanelRuleException extends RuleException {

    public PanelRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
