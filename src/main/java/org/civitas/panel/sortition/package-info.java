/**
 * Draws a citizens' panel from a pool of volunteers by LEXIMIN sortition, with published selection
 * probabilities and a seeded draw anyone can repeat; plain Java, no Spring and no database.
 */
// exposed so that the command line (design.md §6) and the panel module's services may call it
@org.springframework.modulith.NamedInterface("sortition")
package org.civitas.panel.sortition;
