/**
 * The Payment service: charges an order's total once its stock is reserved, through a {@link
 * io.eventwire.payment.control.PaymentGateway}; retries transient failures with persistent, backed-off
 * EJB timers and gives up with PaymentFailed after the configured attempts.
 */
package io.eventwire.payment;
