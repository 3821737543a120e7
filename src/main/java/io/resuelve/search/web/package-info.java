/** Search pages: portal results, suggestions beside the new-ticket form, agents' misses, admin reindex. */
package io.resuelve.search.web;
