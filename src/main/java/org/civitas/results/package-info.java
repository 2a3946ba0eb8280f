/** Results: the official count per pool, its publication and explanations, the open-data exports, past editions imported from pabulib files and the implementation of funded projects. */
package org.civitas.results;
