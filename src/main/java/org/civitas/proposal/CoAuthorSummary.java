package org.civitas.proposal;

public record CoAuthorSummary(String email, CoAuthorStatus status) {
}
