/**
 * Leads (线索): created by hand or imported from spreadsheets, warned about duplicates among leads
 * and customers, transferred, qualified or found invalid, exported, and converted into a customer
 * (with its primary contact and maybe a deal) through the customer feature's public API.
 */
package io.pulsecrm.oltp.lead;
