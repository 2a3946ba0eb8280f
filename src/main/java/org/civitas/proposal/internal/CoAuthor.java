package org.civitas.proposal.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.civitas.proposal.CoAuthorStatus;

/** A co-author invited by email; they count as an author only once they accept. */
@Embeddable
public class CoAuthor {

    private String email;
    @Enumerated(EnumType.STRING)
    private CoAuthorStatus status;

    protected CoAuthor() {
    }

    CoAuthor(String email) {
        this.email = email;
        this.status = CoAuthorStatus.INVITED;
    }

    public String email() {
        return email;
    }

    public CoAuthorStatus status() {
        return status;
    }

    public void answer(boolean accept) {
        status = accept ? CoAuthorStatus.ACCEPTED : CoAuthorStatus.DECLINED;
    }
}
