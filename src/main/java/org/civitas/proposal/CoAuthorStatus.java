package org.civitas.proposal;

/** A co-author's answer to the invitation. */
public enum CoAuthorStatus {
    INVITED, ACCEPTED, DECLINED;

    public String translationKey() {
        return "proposal.coauthor.status." + name().toLowerCase();
    }
}
