/**
 * Request types ("secciones" of seed 001) and their forms: custom fields per type with help beside each, the
 * triage checklist of seed 004 and the impact questions that suggest a priority. {@link io.resuelve.forms.RequestTypes}
 * reads and administers types; the tickets module checks submitted values through {@code TicketForms}, which this
 * module implements. The quality coach ({@code Quality*}, {@code Coach*}) lives here too.
 */
package io.resuelve.forms;
