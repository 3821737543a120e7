/** The agent workspace: queues, the ticket view and its actions. Controllers and view models only. */
package io.resuelve.agent;
