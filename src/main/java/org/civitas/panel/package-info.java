/** Citizens' panels: volunteers, the fair lottery (sortition), members, deliberation and recommendations. */
package org.civitas.panel;
