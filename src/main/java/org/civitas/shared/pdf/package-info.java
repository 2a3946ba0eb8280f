/** Printable A4 documents with PDFBox: embedded fonts, measured line breaks, text blocks planned before drawing. */
package org.civitas.shared.pdf;
