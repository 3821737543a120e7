/** Full-text search over tickets and knowledge-base articles (Hibernate Search: Lucene, or Elasticsearch/OpenSearch). */
package io.resuelve.search;
