/**
 * Payment plans and receipts (回款计划, 回款): what a contract's customer is to pay and when, and
 * the money that came in. Money moves under the contract's row lock through the contract feature's
 * {@link io.pulsecrm.oltp.contract.ContractMoney}, so a contract is never planned or received beyond
 * its total, whatever runs concurrently.
 */
package io.pulsecrm.oltp.receivable;
