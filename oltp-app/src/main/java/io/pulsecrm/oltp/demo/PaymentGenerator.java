package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Payment plans (回款计划) of an approved contract and the receipts (回款) against them. Most customers
 * pay around the due date, some late, a few only in part or not at all: overdue plans are the
 * point of the receivables view. The received amounts on plan and contract are the receipts' sums.
 */
final class PaymentGenerator {

    /** What an approved contract has received so far, and when the last receipt was recorded. */
    record Paid(long receivedCents, long lastAt) {
    }

    private static final String[] METHODS = {"BANK_TRANSFER", "CHEQUE", "ALIPAY", "WECHAT", "CASH"};
    private static final double[] METHOD_WEIGHTS = {85, 5, 4, 4, 2};

    private enum Payer { PROMPT, SLOW, BAD }

    private final DemoContext context;
    private final Timeline timeline;

    PaymentGenerator(DemoContext context) {
        this.context = context;
        this.timeline = context.timeline;
    }

    Paid plansAndReceipts(CustomerStory story, long contractId, String contractName, Seller owner, long signedDay,
            long approvedAt, long totalCents) {
        SplittableRandom random = story.random;
        int[] shares = switch (Draw.weighted(random, 40, 35, 25)) {
            case 0 -> new int[] {100};
            case 1 -> Draw.chance(random, 0.5) ? new int[] {50, 50} : new int[] {70, 30};
            default -> Draw.chance(random, 0.5) ? new int[] {30, 60, 10} : new int[] {40, 40, 20};
        };
        long[] amounts = Money.split(totalCents, shares);
        for (long amount : amounts) {
            if (amount <= 0) {
                amounts = new long[] {totalCents};
                break;
            }
        }
        Payer payer = Payer.values()[Draw.weighted(random, 75, 18, 7)];
        long earliest = Math.max(signedDay, Timeline.dayOf(approvedAt));
        long planned = Math.min(approvedAt + Draw.between(random, 600L, 2 * Timeline.HOUR), timeline.historyEnd - 1);
        long received = 0;
        long lastAt = 0;
        for (int seq = 1; seq <= amounts.length; seq++) {
            long due = signedDay + switch (seq) {
                case 1 -> Draw.between(random, 7, 30);
                case 2 -> Draw.between(random, 60, 120);
                default -> Draw.between(random, 150, 240);
            };
            String method = METHODS[Draw.weighted(random, METHOD_WEIGHTS)];
            long planId = context.id(DemoTable.PAYMENT_PLAN);
            long[] paid = receipts(story, contractId, planId, owner, amounts[seq - 1], due, earliest, approvedAt,
                    method, payer, random);
            received += paid[0];
            lastAt = Math.max(lastAt, paid[1]);
            context.rows(DemoTable.PAYMENT_PLAN).num(planId).num(contractId).num(seq).money(amounts[seq - 1]).date(due)
                    .text(method).num(Draw.chance(random, 0.7) ? 3 : 7).money(paid[0]).num(owner.userId())
                    .num(owner.deptId()).ts(planned).ts(Math.max(planned, paid[1])).end();
            if (paid[0] < amounts[seq - 1] && due < timeline.todayDay) {
                context.notify(owner.userId(), "PAYMENT_OVERDUE", "CONTRACT", contractId,
                        "合同《" + contractName + "》第" + seq + "期回款已逾期", Timeline.at(due + 1, 9 * 3600), random);
            }
        }
        return new Paid(received, lastAt);
    }

    /** Returns {received cents, time of the last receipt}. */
    private long[] receipts(CustomerStory story, long contractId, long planId, Seller owner, long amount, long due,
            long earliest, long approvedAt, String method, Payer payer, SplittableRandom random) {
        if (payer == Payer.BAD && Draw.chance(random, 0.5)) {
            return new long[] {0, 0};
        }
        long delay = switch (payer) {
            case PROMPT -> Draw.between(random, -5, 10);
            case SLOW -> Draw.between(random, 10, 60);
            case BAD -> Draw.between(random, 0, 40);
        };
        long day = Math.max(due + delay, earliest);
        if (day >= timeline.todayDay) {
            return new long[] {0, 0};
        }
        // customers pay round sums when they pay only part
        long pay = payer == Payer.BAD ? yuan(amount * Draw.between(random, 20, 60) / 100) : amount;
        long received = 0;
        long lastAt;
        if (payer != Payer.BAD && pay >= 20_000 && Draw.chance(random, 0.12)) {
            // paid in two instalments; the second may still be outstanding
            long first = yuan(pay * Draw.between(random, 40, 80) / 100);
            lastAt = receipt(story, contractId, planId, owner, first, day, approvedAt, method, random);
            received += first;
            long second = day + Draw.between(random, 7, 40);
            if (second < timeline.todayDay) {
                lastAt = receipt(story, contractId, planId, owner, pay - first, second, approvedAt, method, random);
                received += pay - first;
            }
        } else {
            lastAt = receipt(story, contractId, planId, owner, pay, day, approvedAt, method, random);
            received += pay;
        }
        return new long[] {received, lastAt};
    }

    private static long yuan(long cents) {
        return Math.max(100, cents / 100 * 100);
    }

    private long receipt(CustomerStory story, long contractId, long planId, Seller owner, long amount, long day,
            long approvedAt, String method, SplittableRandom random) {
        long recorded = Math.min(Timeline.workTimeAfter(day, approvedAt, random), timeline.historyEnd - 1);
        context.rows(DemoTable.RECEIPT).num(context.id(DemoTable.RECEIPT)).text(context.receiptNumber(day))
                .num(contractId).num(planId).num(story.id).money(amount).date(day).text(method).num(owner.userId())
                .num(owner.deptId()).num(owner.userId()).ts(recorded).ts(recorded).end();
        context.actuals.receipt(owner.index(), timeline.monthIndex(day), amount);
        return recorded;
    }
}
