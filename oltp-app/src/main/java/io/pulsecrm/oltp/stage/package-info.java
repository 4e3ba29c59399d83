/**
 * Opportunity stages (商机阶段) that an admin configures: name, order and win rate.
 * Public API: {@link io.pulsecrm.oltp.stage.OpportunityStage}, {@link io.pulsecrm.oltp.stage.StageService}
 * and {@link io.pulsecrm.oltp.stage.StageUsage}, through which other features keep a stage they
 * use from being deleted without this feature knowing them.
 */
package io.pulsecrm.oltp.stage;
