/**
 * Agents' notifications: in-app (the bell) and, as each agent prefers, by e-mail, for new tickets in their groups,
 * customer replies on their tickets and tickets assigned to them. Fed by the tickets module's events.
 */
package io.resuelve.notifications;
