/** Service levels and automations on tickets: for now, closing resolved tickets the customer left unanswered. */
package io.resuelve.sla;
