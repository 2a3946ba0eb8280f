/** Parsing and counting machinery behind the public types of {@code org.civitas.tally}. */
package org.civitas.tally.internal;
