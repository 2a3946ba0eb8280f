package org.civitas.proposal;

public enum ReportReason {
    OFFENSIVE, OFF_TOPIC;

    public String translationKey() {
        return "proposal.report.reason." + name().toLowerCase();
    }
}
