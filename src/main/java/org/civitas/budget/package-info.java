/** The citizens' budget: editions, phases, pools, districts, categories and ballot rules. */
package org.civitas.budget;
