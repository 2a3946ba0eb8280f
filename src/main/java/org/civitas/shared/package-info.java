/** Small value types, formatting and infrastructure that every module shares. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.civitas.shared;
