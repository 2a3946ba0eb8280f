package org.civitas.proposal;

public enum MergeStatus {
    PROPOSED, ACCEPTED, DECLINED
}
