/**
 * Contracts (合同, also orders): product lines priced on the server, the approval flow an admin
 * configures (ordered steps, each a role or a user) and the decisions taken on it, transfer and
 * cancellation. Public API for the receivable feature: {@link io.pulsecrm.oltp.contract.ContractMoney}
 * (locks a contract row and keeps its received amount), {@link io.pulsecrm.oltp.contract.ContractPlans}
 * (what is already planned, so a total never drops below it), {@link io.pulsecrm.oltp.contract.ContractTransferred}
 * and {@link io.pulsecrm.oltp.contract.DocumentNumbers}.
 */
package io.pulsecrm.oltp.contract;
