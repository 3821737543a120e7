/**
 * Help-desk settings that admins edit: the general settings (name, support address, defaults for new people) and
 * texts shown to customers (contact guidance), per language.
 */
package io.resuelve.settings;
