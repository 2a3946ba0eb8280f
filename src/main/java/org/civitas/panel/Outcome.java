package org.civitas.panel;

/** What the draw made of a volunteer: still in the pool, drawn for the panel, or a reserve. */
public enum Outcome {
    POOL, MEMBER, RESERVE
}
