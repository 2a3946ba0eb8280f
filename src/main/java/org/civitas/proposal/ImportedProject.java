package org.civitas.proposal;

import java.math.BigDecimal;

/**
 * A project of a past edition, as a pabulib file describes it.
 *
 * @param externalRef the file's project id
 * @param categoryId  the edition's category, or null when the file names none
 */
public record ImportedProject(String externalRef, String title, BigDecimal cost, Long categoryId) {
}
