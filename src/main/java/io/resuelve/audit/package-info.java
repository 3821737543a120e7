/** The audit log: an append-only record of every administrator's change, stored with the change itself. */
package io.resuelve.audit;
