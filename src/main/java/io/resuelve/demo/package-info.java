/** Demo data for a first start: organisations, people, catalogue and Spanish tickets in every status. */
package io.resuelve.demo;
