/** Binary storage for attachments and photos: content-addressed by SHA-256 behind one narrow interface. */
package io.resuelve.storage;
