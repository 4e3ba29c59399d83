package io.pulsecrm.oltp.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.CustomerStory.Deal;
import io.pulsecrm.oltp.demo.CustomerStory.Line;
import io.pulsecrm.oltp.demo.DemoCatalog.ProductSpec;
import io.pulsecrm.oltp.demo.DemoCatalog.Solution;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Deals (商机) under a customer, owned by whoever owned the customer then: products with discounts,
 * the walk through the stages (now and then a step back), and how they ended. Closing days follow
 * the seasons, so Q4 and quarter ends close more business.
 */
final class PipelineGenerator {

    private static final long[] DISCOUNTS = {0, 500, 800, 1_000, 1_500, 2_000};
    private static final double[] DISCOUNT_WEIGHTS = {40, 20, 10, 15, 10, 5};
    private static final long BIG_DEAL_CENTS = 30_000_000;

    private final DemoContext context;
    private final Timeline timeline;
    private final CustomerGenerator customers;

    PipelineGenerator(DemoContext context, CustomerGenerator customers) {
        this.context = context;
        this.timeline = context.timeline;
        this.customers = customers;
    }

    void deals(CustomerStory story) {
        SplittableRandom random = story.random;
        int count = story.pooled() ? (Draw.chance(random, 0.3) ? 1 : 0) : switch (story.level) {
            case "KEY" -> Math.max(1, Draw.poisson(random, 3.0 * story.activity));
            case "NORMAL" -> Draw.poisson(random, 0.8 * story.activity);
            default -> Draw.poisson(random, 0.3 * story.activity);
        };
        long from = Timeline.dayOf(story.currentPeriodStart());
        // a pooled customer's only deal was lost well before it was given up
        long to = story.pooled() ? Timeline.dayOf(story.firstPeriodEnd) - 6 : timeline.todayDay - 1;
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
            days[i] = context.seasons.sampleWorkday(from, Math.max(from, to), random);
        }
        if (count > 0 && !story.imported) {
            // new customers usually come with a need: the first deal follows soon
            days[0] = context.seasons.sampleWorkday(from, Math.min(from + 45, Math.max(from, to)), random);
        }
        Arrays.sort(days);
        boolean wonBefore = false;
        for (long day : days) {
            Deal deal = deal(story, day, wonBefore, random);
            wonBefore |= deal.won();
            story.deals.add(deal);
        }
    }

    private Deal deal(CustomerStory story, long day, boolean repeat, SplittableRandom random) {
        long created = Timeline.workTimeAfter(day, story.currentPeriodStart(), random);
        Seller owner = story.ownerAt(created);
        Solution solution = DemoCatalog.SOLUTIONS.get(Draw.weighted(random,
                DemoCatalog.SOLUTIONS.stream().mapToDouble(Solution::weight).toArray()));
        int cycle = Math.min(300, 15 + (int) (-Math.log(1 - random.nextDouble()) * 55));
        long closeDay = context.seasons.sample(day + Math.max(7, cycle / 3), day + cycle * 2L + 14, random);
        if (story.pooled()) {
            closeDay = Math.clamp(closeDay, day + 1, Timeline.dayOf(story.firstPeriodEnd) - 1);
        }
        // year-end budgets: what closes in November and December is bigger
        int closeMonth = LocalDate.ofEpochDay(closeDay).getMonthValue();
        List<Line> lines = lines(solution, story.level, closeMonth >= 11 ? 1.3 : 1.0, random);
        long amount = lines.stream().mapToLong(Line::amountCents).sum();
        boolean closed = closeDay < timeline.todayDay && (story.pooled() || !Draw.chance(random, 0.07));
        double winRate = switch (story.level) {
            case "KEY" -> 0.42;
            case "NORMAL" -> 0.32;
            default -> 0.25;
        } + (repeat ? 0.12 : 0);
        boolean won = closed && !story.pooled() && Draw.chance(random, winRate);
        long closedAt = closed ? Timeline.workTimeAfter(closeDay, created, random) : 0;
        List<Integer> path = path(won, closed, day, closeDay, timeline.todayDay, random);
        long end = closed ? closedAt : timeline.historyEnd - 1;
        long id = context.id(DemoTable.OPPORTUNITY);
        long updated = moves(id, path, created, end, random);
        String name = story.shortName() + " · " + solution.name() + (repeat ? "（增购）" : "");
        context.rows(DemoTable.OPPORTUNITY).num(id).text(name).money(amount)
                .num(context.catalogue.stage(path.getLast())).text(!closed ? "OPEN" : won ? "WON" : "LOST")
                .text(closed && !won ? Draw.pick(random, DemoCatalog.LOST_REASONS) : null)
                .text(won ? Draw.pick(random, DemoCatalog.WON_REASONS) : null).date(closeDay).num(story.id)
                .num(owner.userId()).num(owner.deptId()).ref(story.campaignId).num(owner.userId()).ts(created)
                .ts(Math.max(updated, closedAt)).ts(closedAt).end();
        for (Line line : lines) {
            context.rows(DemoTable.OPPORTUNITY_PRODUCT).num(context.id(DemoTable.OPPORTUNITY_PRODUCT)).num(id)
                    .num(context.catalogue.productIds()[line.product()]).num(line.quantity())
                    .money(line.unitPriceCents()).percent(line.discountBasisPoints()).money(line.amountCents()).end();
        }
        if (amount >= BIG_DEAL_CENTS && !story.pooled() && Draw.chance(random, 0.25)) {
            Seller member = customers.teamMate(owner, random);
            context.rows(DemoTable.RECORD_TEAM_MEMBER).text("OPPORTUNITY").num(id).num(member.userId()).text("WRITE")
                    .num(owner.userId()).ts(Math.min(created + Timeline.DAY, timeline.historyEnd - 1)).end();
        }
        context.logCreate("OPPORTUNITY", id, owner.userId(), created, "新建商机：" + name);
        return new Deal(id, name, solution.name(), created, end, !closed, won, closeDay, lines);
    }

    /** Stage positions visited, in order: won deals end in the last stage, open ones as far as their age suggests. */
    private static List<Integer> path(boolean won, boolean closed, long day, long closeDay, long today,
            SplittableRandom random) {
        int reached;
        if (won) {
            reached = 4;
        } else if (closed) {
            reached = 1 + Draw.weighted(random, 35, 30, 25, 10);
        } else if (closeDay < today) {
            // should have closed by now: stuck late in the pipeline
            reached = 3 + random.nextInt(2);
        } else {
            reached = Math.clamp(1 + (int) (4.0 * (today - day) / (closeDay - day)), 1, 4);
        }
        List<Integer> path = new ArrayList<>();
        for (int stage = 1; stage <= reached; stage++) {
            path.add(stage);
            if (stage == 3 && Draw.chance(random, 0.08)) {
                // the customer changed its requirements: back to 需求确认, then forward again
                path.add(2);
                path.add(3);
            }
        }
        return path;
    }

    /** Writes the moves along the path between creation and end; returns the time of the last one. */
    private long moves(long dealId, List<Integer> path, long created, long end, SplittableRandom random) {
        int transitions = path.size() - 1;
        long span = end - created;
        long previous = created;
        for (int j = 1; j <= transitions; j++) {
            long slot = span / (transitions + 1);
            long at = Timeline.workTime(Timeline.dayOf(created + slot * j + (random.nextLong(slot + 1) - slot / 2) / 3),
                    random);
            if (at <= previous || at >= end) {
                at = previous + Math.max(1, (end - previous) / (transitions - j + 2));
            }
            context.rows(DemoTable.OPPORTUNITY_STAGE_MOVE).num(context.id(DemoTable.OPPORTUNITY_STAGE_MOVE)).num(dealId)
                    .num(context.catalogue.stage(path.get(j - 1))).num(context.catalogue.stage(path.get(j))).ts(at)
                    .end();
            previous = at;
        }
        return previous;
    }

    private static List<Line> lines(Solution solution, String level, double budget, SplittableRandom random) {
        List<Integer> products = new ArrayList<>(3);
        products.add(solution.main()[random.nextInt(solution.main().length)]);
        for (int addOn : solution.addOns()) {
            if (products.size() < 3 && Draw.chance(random, solution.addOnChance())) {
                products.add(addOn);
            }
        }
        double size = budget * switch (level) {
            case "KEY" -> 1.5 + random.nextDouble() * 1.5;
            case "SMALL" -> 0.5;
            default -> 1.0;
        };
        List<Line> lines = new ArrayList<>(products.size());
        for (int product : products) {
            ProductSpec spec = DemoCatalog.PRODUCTS.get(product);
            long quantity = spec.maxQuantity() == 1 ? 1 : Math.clamp(
                    Math.round(Draw.between(random, spec.minQuantity(), spec.maxQuantity()) * size),
                    spec.minQuantity(), spec.maxQuantity() * 3L);
            long discount = DISCOUNTS[Math.min(DISCOUNTS.length - 1,
                    Draw.weighted(random, DISCOUNT_WEIGHTS) + (level.equals("KEY") ? 1 : 0))];
            lines.add(new Line(product, quantity, spec.priceCents(), discount,
                    Money.lineAmount(quantity, spec.priceCents(), discount)));
        }
        return lines;
    }
}
