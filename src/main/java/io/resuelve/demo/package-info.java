/**
 * Demo data for a first start: organisations, people, catalogue and Spanish tickets in every status; and, on
 * request, many generated tickets for volume tests ({@code --resuelve.generate-tickets=N}).
 */
package io.resuelve.demo;
