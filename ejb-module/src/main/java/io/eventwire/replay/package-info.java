/**
 * Replay: stored events sent again, from the event store, to one named subscription only (its queue by fully
 * qualified name), in batches whose progress is kept. The subscription's Inbox still applies each event at
 * most once: replay feeds a subscription the events it never handled (src/docs/operations.md).
 */
package io.eventwire.replay;
