/**
 * Admin pages: people, organisations, agent groups, catalogue, general settings, contact texts, outgoing mail and the
 * audit log. Controllers only: the rules live in the domain modules' APIs.
 */
package io.resuelve.admin;
