/** The vote: eligibility, the participation register, the ballot box, receipts, paper ballots and turnout. */
package org.civitas.voting;
