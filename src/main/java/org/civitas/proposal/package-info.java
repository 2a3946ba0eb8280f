/** Residents' proposals for the citizens' budget: drafts, submission, versions, co-authors, supports and the public catalogue. */
package org.civitas.proposal;
