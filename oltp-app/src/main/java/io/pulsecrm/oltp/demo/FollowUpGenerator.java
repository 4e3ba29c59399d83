package io.pulsecrm.oltp.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.CustomerStory.Contract;
import io.pulsecrm.oltp.demo.CustomerStory.Deal;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Follow-ups (跟进记录) on customers, their contacts, deals and contracts, and on leads. A customer's
 * follow-ups fall in the periods someone owned it, on busy days in office hours; the newest decides
 * its last_follow_up_at and next_contact_at, as the app keeps them.
 */
final class FollowUpGenerator {

    /** Part of all follow-ups that are written on leads. */
    static final double LEAD_SHARE = 0.2;
    private static final String[] METHODS = {"PHONE", "VISIT", "EMAIL", "SMS", "OTHER"};
    private static final double[] METHOD_WEIGHTS = {45, 20, 15, 8, 12};
    /** Leads are mostly called; WeChat (OTHER) and e-mail follow. */
    private static final String[] LEAD_METHODS = {"PHONE", "PHONE", "OTHER", "EMAIL"};
    private static final long RECENT = 14 * Timeline.DAY;
    private static final long LATELY = 21 * Timeline.DAY;

    record LeadActivity(long lastAt, long lastId, long nextContactAt) {
    }

    private final DemoContext context;
    private final Timeline timeline;

    FollowUpGenerator(DemoContext context) {
        this.context = context;
        this.timeline = context.timeline;
    }

    void customer(CustomerStory story) {
        SplittableRandom random = story.random;
        double mean = context.scale.followUpsPerCustomer() * (1 - LEAD_SHARE) * levelFactor(story.level)
                * story.activity;
        boolean openDeal = !story.pooled() && story.deals.stream().anyMatch(Deal::open);
        int count = Draw.poisson(random, mean);
        long[] times = new long[count + (openDeal && Draw.chance(random, 0.3) ? 1 : 0)];
        for (int i = 0; i < count; i++) {
            times[i] = sampleTime(story, random);
        }
        if (times.length > count) {
            // a deal in progress was talked about lately
            long from = Math.max(story.currentPeriodStart(), timeline.historyEnd - LATELY);
            times[count] = timeIn(from, timeline.historyEnd, random);
        }
        Arrays.sort(times);
        for (int i = 0; i < times.length; i++) {
            if (times[i] != 0 && times[i] < timeline.historyEnd) {
                write(story, times[i], i == times.length - 1);
            }
        }
    }

    LeadActivity lead(long leadId, long customerId, Seller owner, long from, long to, int count, boolean invalid,
            SplittableRandom random) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = timeIn(from, to, random);
        }
        Arrays.sort(times);
        LeadActivity activity = new LeadActivity(0, 0, 0);
        for (int i = 0; i < count; i++) {
            if (times[i] == 0) {
                continue;
            }
            boolean last = i == count - 1;
            long next = last && !invalid && customerId == 0 && times[i] >= timeline.historyEnd - RECENT
                    && Draw.chance(random, 0.6) ? upcoming(random) : 0;
            String method = Draw.pick(random, LEAD_METHODS);
            long id = row("LEAD", leadId, customerId, "COMMUNICATION", method,
                    DemoTexts.leadFollowUp(invalid && last, random), times[i], next, owner, random);
            activity = new LeadActivity(times[i], id, next);
        }
        return activity;
    }

    private long sampleTime(CustomerStory story, SplittableRandom random) {
        long firstEnd = Math.min(story.firstPeriodEnd, timeline.historyEnd);
        long from = story.createdAt;
        long to = firstEnd;
        if (story.wentThroughPool() && !story.pooled()) {
            long first = firstEnd - story.createdAt;
            long second = timeline.historyEnd - story.ownedSince;
            if (random.nextLong(first + second) >= first) {
                from = story.ownedSince;
                to = timeline.historyEnd;
            }
        }
        return timeIn(from, to, random);
    }

    /** Office hours of a working day in [from, to), or 0 when the period is too short to find one. */
    private long timeIn(long from, long to, SplittableRandom random) {
        long day = context.seasons.sampleWorkday(Timeline.dayOf(from), Timeline.dayOf(to - 1), random);
        long time = Timeline.workTimeAfter(day, from, random);
        return time < to ? time : 0;
    }

    private void write(CustomerStory story, long time, boolean newest) {
        SplittableRandom random = story.random;
        String subjectType = "CUSTOMER";
        long subjectId = story.id;
        String product = null;
        Deal deal = openAt(story, time);
        Contract contract = contractAround(story, time);
        if (deal != null && Draw.chance(random, 0.55)) {
            subjectType = "OPPORTUNITY";
            subjectId = deal.id();
            product = DemoCatalog.PRODUCTS.get(deal.lines().getFirst().product()).name();
        } else if (contract != null && Draw.chance(random, 0.2)) {
            subjectType = "CONTRACT";
            subjectId = contract.id();
        } else if (!story.contactIds.isEmpty() && Draw.chance(random, 0.2)) {
            subjectType = "CONTACT";
            subjectId = Draw.pick(random, story.contactIds);
        }
        if (product == null) {
            product = Draw.pick(random, DemoCatalog.PRODUCTS).name();
        }
        double kind = random.nextDouble();
        String kindCode = kind < 0.85 ? "COMMUNICATION" : kind < 0.95 ? "LOG" : "SCHEDULE";
        String method = kindCode.equals("COMMUNICATION") ? METHODS[Draw.weighted(random, METHOD_WEIGHTS)] : null;
        String contact = story.contactNames.isEmpty() ? null : Draw.pick(random, story.contactNames);
        long next = 0;
        if (newest && !story.pooled() && time >= timeline.historyEnd - RECENT && Draw.chance(random, 0.7)) {
            next = upcoming(random);
        } else if (!newest && Draw.chance(random, 0.25)) {
            next = Timeline.workTimeAfter(Timeline.dayOf(time) + Draw.between(random, 2, 14), time, random);
        }
        long id = row(subjectType, subjectId, story.id, kindCode, method,
                DemoTexts.followUp(subjectType, kindCode, method == null ? "" : method, contact, product, random),
                time, next, story.ownerAt(time), random);
        story.lastFollowUpAt = time;
        story.lastFollowUpId = id;
        story.nextContactAt = next;
        story.touch(time);
    }

    private long row(String subjectType, long subjectId, long customerId, String kind, String method, String content,
            long time, long next, Seller owner, SplittableRandom random) {
        long id = context.id(DemoTable.FOLLOW_UP);
        long written = Math.min(time + random.nextInt(1800), timeline.historyEnd - 1);
        context.rows(DemoTable.FOLLOW_UP).num(id).text(subjectType).num(subjectId).ref(customerId).text(kind)
                .text(method).text(content).ts(time).ts(next).num(owner.userId()).num(owner.deptId())
                .ts(written).ts(written).end();
        return id;
    }

    /** Some time in the coming week, today included. */
    private long upcoming(SplittableRandom random) {
        return Timeline.workTime(timeline.todayDay + Draw.between(random, 0, 7), random);
    }

    private static Deal openAt(CustomerStory story, long time) {
        for (Deal deal : story.deals) {
            if (deal.createdAt() <= time && time <= deal.endAt()) {
                return deal;
            }
        }
        return null;
    }

    private static Contract contractAround(CustomerStory story, long time) {
        long day = Timeline.dayOf(time);
        for (Contract contract : story.contracts) {
            if (contract.approved() && contract.signedDay() <= day && day <= contract.signedDay() + 240) {
                return contract;
            }
        }
        return null;
    }

    static double levelFactor(String level) {
        // normalised so that the mix of levels (10% KEY, 55% NORMAL, 35% SMALL) averages 1
        return switch (level) {
            case "KEY" -> 2.0 / 0.96;
            case "SMALL" -> 0.6 / 0.96;
            default -> 1.0 / 0.96;
        };
    }
}
