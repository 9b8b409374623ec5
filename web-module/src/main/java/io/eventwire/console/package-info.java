/** Backing beans of the JSF operator console under /console. */
package io.eventwire.console;
