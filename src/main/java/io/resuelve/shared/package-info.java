/** Shared kernel: the domain exception hierarchy, languages and the data directory every module may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.resuelve.shared;
