/** Implementation tracking: funded projects' status, progress and dated updates by officials, and their followers. */
// exposed so that the notification module may mail followers about ImplementationUpdated
@org.springframework.modulith.NamedInterface("implementation")
package org.civitas.results.implementation;
