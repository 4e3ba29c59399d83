package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.contract.ContractFacts;
import io.pulsecrm.oltp.contract.ContractMoney;
import io.pulsecrm.oltp.contract.ContractStatus;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's payment plans. Every change runs under the contract's row lock, so the plans of a
 * contract never add up to more than its total, however many are written at once. Changes are
 * logged on the contract's history.
 */
@Service
@Transactional
public class PaymentPlanService {

    private static final Logger log = LoggerFactory.getLogger(PaymentPlanService.class);

    private final PaymentPlanRepository plans;
    private final PlannedAmounts planned;
    private final ContractMoney contracts;
    private final Clock clock;

    PaymentPlanService(PaymentPlanRepository plans, PlannedAmounts planned, ContractMoney contracts, Clock clock) {
        this.plans = plans;
        this.planned = planned;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** The contract's plans by number; 404 unless the caller may read the contract. */
    @Transactional(readOnly = true)
    public List<PaymentPlan> list(long contractId) {
        contracts.readable(contractId);
        return plans.findByContractIdOrderBySeqAsc(contractId);
    }

    public PaymentPlan create(long contractId, PlanTerms terms) {
        ContractFacts contract = open(contractId);
        PaymentPlan.check(terms, contract.signedOn());
        requireWithinTotal(contract, planned.plannedFor(contractId), terms.amount());
        PaymentPlan plan = plans.saveAndFlush(PaymentPlan.plan(contract, plans.maxSeq(contractId) + 1, terms,
                clock.instant()));
        contracts.logPlans(contractId, "payment plan " + plan.getSeq() + " added",
                Changes.none().field("plans[" + plan.getSeq() + "].amount", null, plan.getAmount())
                        .field("plans[" + plan.getSeq() + "].dueDate", null, plan.getDueDate()));
        log.info("Contract {} has payment plan {} ({})", contractId, plan.getSeq(), plan.getId());
        return plan;
    }

    public PaymentPlan update(long contractId, long planId, PlanTerms terms, int version) {
        ContractFacts contract = open(contractId);
        PaymentPlan plan = plans.findByIdAndContractId(planId, contractId)
                .orElseThrow(() -> new PlanNotFound(contractId, planId));
        StaleVersion.check("payment plan", planId, version, plan.getVersion());
        PaymentPlan.check(terms, contract.signedOn());
        requireWithinTotal(contract, planned.plannedFor(contractId).subtract(plan.getAmount()), terms.amount());
        String at = "plans[" + plan.getSeq() + "].";
        Changes changes = Changes.none().field(at + "amount", plan.getAmount(), terms.amount())
                .field(at + "dueDate", plan.getDueDate(), terms.dueDate()).field(at + "method", plan.getMethod(),
                        terms.method());
        plan.revise(terms, contract.signedOn(), clock.instant());
        plans.saveAndFlush(plan);
        contracts.logPlans(contractId, "payment plan " + plan.getSeq() + " changed", changes);
        return plan;
    }

    public void delete(long contractId, long planId) {
        open(contractId);
        PaymentPlan plan = plans.findByIdAndContractId(planId, contractId)
                .orElseThrow(() -> new PlanNotFound(contractId, planId));
        if (plan.getReceivedAmount().signum() > 0) {
            throw new PlanHasReceipts(planId, plan.getReceivedAmount());
        }
        plans.delete(plan);
        plans.flush();
        contracts.logPlans(contractId, "payment plan " + plan.getSeq() + " deleted",
                Changes.none().field("plans[" + plan.getSeq() + "].amount", plan.getAmount(), null));
    }

    /** The contract locked for a change of its plans: the caller may change it, and it is not cancelled. */
    private ContractFacts open(long contractId) {
        ContractFacts contract = contracts.lockWritable(contractId);
        if (contract.status() == ContractStatus.CANCELLED) {
            throw new ContractClosedForPlans(contractId);
        }
        return contract;
    }

    private static void requireWithinTotal(ContractFacts contract, BigDecimal otherPlans, BigDecimal amount) {
        BigDecimal room = contract.totalAmount().subtract(otherPlans);
        if (amount.compareTo(room) > 0) {
            String message = "the plans of contract %d would add up to more than its total %s (%s is left to plan)";
            throw new InvalidReceivable("amount", message.formatted(contract.id(),
                    contract.totalAmount().toPlainString(), room.max(BigDecimal.ZERO).toPlainString()));
        }
    }
}
