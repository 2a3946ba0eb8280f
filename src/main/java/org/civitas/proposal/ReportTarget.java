package org.civitas.proposal;

public enum ReportTarget {
    PROPOSAL, COMMENT
}
