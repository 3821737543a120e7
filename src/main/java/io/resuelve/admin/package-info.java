/** Admin pages: the admin home and the settings admins edit (contact guidance texts). Controllers only. */
package io.resuelve.admin;
