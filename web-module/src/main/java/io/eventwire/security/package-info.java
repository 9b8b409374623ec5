/**
 * Who may do what over HTTP (CONTRACT §2): HTTP Basic for /api, a login form and session for /console.
 * /health and /metrics are Payara's own endpoints and stay anonymous.
 */
package io.eventwire.security;
