/**
 * Counts participatory-budget votes (greedy rules and the Method of Equal Shares) and reads and
 * writes them in the pabulib format; plain Java, with no framework and no database.
 */
package org.civitas.tally;
