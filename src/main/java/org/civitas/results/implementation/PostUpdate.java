package org.civitas.results.implementation;

/**
 * An official's update of a project: the new status and progress (null: unchanged), what happened (Markdown),
 * and why, when the project is cancelled.
 */
public record PostUpdate(ImplementationStatus status, Integer progress, String text, String cancelReason) {
}
