/** Cross-cutting web concerns: security (form, HTTP Basic, API tokens, sign-in throttling), errors as RFC 9457 problems, locale. */
package io.resuelve.web;
