/** The city's review of proposals: queue, assignment, formal and merit checks, decisions, and the audit log. */
package org.civitas.review;
