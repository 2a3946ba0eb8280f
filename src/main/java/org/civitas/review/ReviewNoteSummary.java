package org.civitas.review;

import java.time.Instant;

public record ReviewNoteSummary(String author, Instant at, String text) {
}
