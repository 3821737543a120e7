/** The customer portal: home, sign-up and sign-in pages, tickets, profile. Controllers and view models only. */
package io.resuelve.portal;
