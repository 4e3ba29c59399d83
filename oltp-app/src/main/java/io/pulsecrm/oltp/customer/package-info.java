/**
 * Customers (客户), their contacts (联系人) and record teams (客户团队): creating, editing, locking,
 * transferring, exporting and deleting customers within the caller's data scope; reading the follow-ups of a
 * customer and everything under it. Other features use {@link io.pulsecrm.oltp.customer.CustomerService}
 * (lead conversion), {@link io.pulsecrm.oltp.customer.CustomerQueries} (the pool's list, the customers a campaign may target) and
 * {@link io.pulsecrm.oltp.customer.CustomerDuplicates} (duplicate warnings).
 */
package io.pulsecrm.oltp.customer;
