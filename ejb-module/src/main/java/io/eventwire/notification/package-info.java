/**
 * The Notification service: mails the customer when an order is confirmed or cancelled, through SMTP when
 * one is configured (eventwire.mail.smtp.host/port) and otherwise into the dev mailbox table.
 */
package io.eventwire.notification;
