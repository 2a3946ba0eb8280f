package org.civitas.panel;

/**
 * A panel the signed-in person takes part in: their registration as a volunteer (null if they did not volunteer,
 * e.g. an expert) and their latest place in it (role and status, both null if they have none).
 */
public record MyPanel(PanelSummary panel, MyRegistration registration, MemberRole role, MemberStatus status) {
}
