/** Help-desk settings that admins edit: texts shown to customers (contact guidance), per language. */
package io.resuelve.settings;
