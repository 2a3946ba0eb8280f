package org.civitas.panel;

import java.time.Instant;

/** A batch of invitation letters drawn from a panel's address list, and how many registered with its codes. */
public record InvitationBatch(int number, String seed, int size, Instant drawnAt, int registered) {
}
