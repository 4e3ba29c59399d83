package io.pulsecrm.oltp.demo;

import java.util.List;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.CustomerStory.Contract;
import io.pulsecrm.oltp.demo.CustomerStory.Deal;
import io.pulsecrm.oltp.demo.CustomerStory.Line;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Contracts (合同) for won deals and the yearly renewals of their subscriptions, each through the
 * two-step approval (sales manager, then administrator) unless still a draft. Approved contracts
 * make the customer a dealt one and get payment plans and receipts.
 */
final class ContractGenerator {

    private final DemoContext context;
    private final Timeline timeline;
    private final PaymentGenerator payments;

    ContractGenerator(DemoContext context, PaymentGenerator payments) {
        this.context = context;
        this.timeline = context.timeline;
        this.payments = payments;
    }

    void contracts(CustomerStory story) {
        for (Deal deal : List.copyOf(story.deals)) {
            if (deal.won()) {
                long created = Math.min(Timeline.officeTimeAfter(deal.endAt(), 0, 1, story.random),
                        timeline.historyEnd - 60);
                contract(story, deal.closeDay(), created, deal.id(), story.shortName() + deal.solution() + "合同",
                        deal.lines());
                renewals(story, deal);
            }
        }
    }

    /** Subscriptions are renewed yearly by most customers, without a new deal. */
    private void renewals(CustomerStory story, Deal deal) {
        SplittableRandom random = story.random;
        List<Line> subscriptions = deal.lines().stream()
                .filter(line -> DemoCatalog.PRODUCTS.get(line.product()).subscription()).toList();
        long due = deal.closeDay() + 365;
        for (int year = 2; !subscriptions.isEmpty() && due < timeline.todayDay - 1 && Draw.chance(random, 0.65);
                year++) {
            long signed = context.seasons.sample(due - 10, Math.min(due + 10, timeline.todayDay - 1), random);
            contract(story, signed, Timeline.workTime(signed, random), 0,
                    story.shortName() + "年度续费合同（第" + year + "年）", subscriptions);
            due = signed + 365;
        }
    }

    private void contract(CustomerStory story, long signedDay, long created, long opportunityId, String name,
            List<Line> lines) {
        SplittableRandom random = story.random;
        Seller owner = story.ownerAt(created);
        long id = context.id(DemoTable.CONTRACT);
        long total = lines.stream().mapToLong(Line::amountCents).sum();
        Approval approval = approve(id, name, owner, created, random);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            context.rows(DemoTable.CONTRACT_LINE).num(context.id(DemoTable.CONTRACT_LINE)).num(id).num(i + 1)
                    .num(context.catalogue.productIds()[line.product()])
                    .text(DemoCatalog.PRODUCTS.get(line.product()).name()).money(line.unitPriceCents())
                    .num(line.quantity()).percent(line.discountBasisPoints()).money(line.amountCents()).end();
        }
        boolean approved = approval.status().equals("APPROVED");
        PaymentGenerator.Paid paid = new PaymentGenerator.Paid(0, 0);
        if (approved) {
            paid = payments.plansAndReceipts(story, id, name, owner, signedDay, approval.decidedAt(), total);
            story.lastDealAt = Math.max(story.lastDealAt, approval.decidedAt());
            story.touch(approval.decidedAt());
            context.actuals.contract(owner.index(), timeline.monthIndex(signedDay), total);
        }
        story.contracts.add(new Contract(id, name, signedDay, approved));
        boolean subscription = lines.stream().anyMatch(line -> DemoCatalog.PRODUCTS.get(line.product()).subscription());
        long updated = Math.max(Math.max(created, approval.lastAt()), paid.lastAt());
        context.rows(DemoTable.CONTRACT).num(id).text(context.contractNumber(signedDay)).text(name).num(story.id)
                .ref(opportunityId).text(approval.status()).date(signedDay).date(signedDay)
                .date(subscription ? signedDay + 364 : 0).money(total).money(paid.receivedCents())
                .ref(approval.submittedAt() == 0 ? 0 : context.catalogue.flowId()).ref(approval.currentStep())
                .ts(approval.submittedAt()).ts(approval.decidedAt()).num(owner.userId()).num(owner.deptId())
                .num(owner.userId()).ts(created).ts(updated).end();
        context.logCreate("CONTRACT", id, owner.userId(), created, "新建合同：" + name);
    }

    private record Approval(String status, long submittedAt, int currentStep, long decidedAt, long lastAt) {
    }

    /** Walks the approval flow as far as time allows; writes its records and tells whom it concerns. */
    private Approval approve(long contractId, String name, Seller owner, long created, SplittableRandom random) {
        long submitted = Timeline.officeTimeAfter(created, 0, 1, random);
        if (Draw.chance(random, 0.02) || submitted >= timeline.historyEnd) {
            return new Approval("DRAFT", 0, 0, 0, created);
        }
        long first = Timeline.officeTimeAfter(submitted, 0, 2, random);
        long second = Timeline.officeTimeAfter(first, 0, 1, random);
        double outcome = random.nextDouble();
        record(contractId, 1, owner.userId(), "SUBMITTED", "提交审批", submitted);
        if (first >= timeline.historyEnd) {
            context.notify(owner.approverId(), "APPROVAL_PENDING", "CONTRACT", contractId,
                    owner.name() + "提交的合同《" + name + "》待您审批", submitted, random);
            return new Approval("PENDING_APPROVAL", submitted, 1, 0, submitted);
        }
        if (outcome < 0.04) {
            record(contractId, 1, owner.approverId(), "REJECTED", Draw.pick(random, DemoCatalog.REJECT_COMMENTS),
                    first);
            return decided(contractId, name, owner, "REJECTED", submitted, first, random);
        }
        record(contractId, 1, owner.approverId(), "APPROVED", Draw.pick(random, DemoCatalog.APPROVE_COMMENTS), first);
        if (second >= timeline.historyEnd) {
            context.notify(context.org.adminId(), "APPROVAL_PENDING", "CONTRACT", contractId,
                    owner.name() + "提交的合同《" + name + "》待您审批", first, random);
            return new Approval("PENDING_APPROVAL", submitted, 2, 0, first);
        }
        boolean rejected = outcome < 0.07;
        record(contractId, 2, context.org.adminId(), rejected ? "REJECTED" : "APPROVED",
                Draw.pick(random, rejected ? DemoCatalog.REJECT_COMMENTS : DemoCatalog.APPROVE_COMMENTS), second);
        return decided(contractId, name, owner, rejected ? "REJECTED" : "APPROVED", submitted, second, random);
    }

    private Approval decided(long contractId, String name, Seller owner, String status, long submitted, long at,
            SplittableRandom random) {
        boolean approved = status.equals("APPROVED");
        context.notify(owner.userId(), approved ? "APPROVAL_APPROVED" : "APPROVAL_REJECTED", "CONTRACT", contractId,
                "合同《" + name + "》" + (approved ? "已审批通过" : "被驳回，请修改后重新提交"), at, random);
        return new Approval(status, submitted, 0, at, at);
    }

    private void record(long contractId, int step, long approverId, String decision, String comment, long at) {
        context.rows(DemoTable.APPROVAL_RECORD).num(context.id(DemoTable.APPROVAL_RECORD)).text("CONTRACT")
                .num(contractId).num(step).num(approverId).text(decision).text(comment).ts(at).end();
    }
}
