/** The catalogue tickets are filed against: countries, brands and each brand's products. */
package io.resuelve.catalog;
