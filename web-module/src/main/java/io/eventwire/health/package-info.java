/** Readiness checks reported by Payara's /health: the broker and the database answer. */
package io.eventwire.health;
