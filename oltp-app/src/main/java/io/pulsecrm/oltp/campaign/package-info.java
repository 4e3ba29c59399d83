/**
 * Marketing campaigns (市场活动): their budget, period and status, the costs they incur, and what
 * they sourced (leads and opportunities carry the campaign; this feature only counts them).
 */
package io.pulsecrm.oltp.campaign;
