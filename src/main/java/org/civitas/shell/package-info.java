/** The main layout, navigation, language switch, error pages, the home page and the public guide. */
package org.civitas.shell;
