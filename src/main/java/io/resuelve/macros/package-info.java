/** Macros: canned replies with placeholders and the ticket fields they set when an agent applies them. */
package io.resuelve.macros;
