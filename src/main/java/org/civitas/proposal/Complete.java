package org.civitas.proposal;

/**
 * The validation group of what a proposal needs before it can be submitted. A draft is saved without it, so
 * half-written work is never refused, only checked for sizes that the database could not hold.
 */
public interface Complete {
}
