package org.civitas.panel;

import java.util.Map;

/** The signed-in resident's own registration, with their number in the published files and, after the draw, the outcome. */
public record MyRegistration(long number, Map<String, String> answers, Outcome outcome, Double probability) {
}
