/** The search REST API. */
package io.resuelve.search.api;
