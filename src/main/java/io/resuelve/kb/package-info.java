/**
 * Knowledge base: collections per country, folders per product, articles with translations, version history,
 * ratings and comments, saved articles, and the banners shown on the portal home.
 */
package io.resuelve.kb;
