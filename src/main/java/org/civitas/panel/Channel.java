package org.civitas.panel;

/** How a volunteer registered: online, or on a paper form an official entered. */
public enum Channel {
    ONLINE, PAPER
}
