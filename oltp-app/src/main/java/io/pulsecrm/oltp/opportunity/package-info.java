/**
 * Opportunities (商机): deals a rep works through the configured stages until they are won or lost,
 * and the log of every stage move. Refers to stages by id through the stage feature's public API.
 */
package io.pulsecrm.oltp.opportunity;
