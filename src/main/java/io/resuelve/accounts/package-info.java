/** People and organisations: users and roles, organisations and their ticket sharing, agent groups, API tokens. */
package io.resuelve.accounts;
