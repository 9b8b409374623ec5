/** What the whole application needs before any component runs: its database schema. */
package io.eventwire.platform;
