package org.civitas.panel;

import java.util.List;

/**
 * A panel's recruitment by letter: the addresses on its list, the letters sent (invited addresses), how many
 * registered with a letter's code, and the batches, newest first.
 */
public record Recruitment(long addresses, long invited, long registered, List<InvitationBatch> batches) {

    public Recruitment {
        batches = List.copyOf(batches);
    }

    public long notInvited() {
        return addresses - invited;
    }

    /** Registrations with a code per hundred letters, to one decimal; 0 before any letter. */
    public double responsePercent() {
        return invited == 0 ? 0 : Math.round(1000.0 * registered / invited) / 10.0;
    }
}
