package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.CustomerStory.Deal;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Tasks (待办) reps set themselves or get from their lead: old ones mostly done, a few forgotten,
 * recent ones due from last week to the coming days; and a call-back for the next contact the
 * newest follow-up planned.
 */
final class TaskGenerator {

    private static final int[] DUE_TIMES = {10 * 3600, 14 * 3600, 17 * 3600 + 1800};
    private static final String[] PRIORITIES = {"HIGH", "NORMAL", "LOW"};
    private static final long GRACE = 3 * Timeline.DAY;

    private final DemoContext context;
    private final Timeline timeline;

    TaskGenerator(DemoContext context) {
        this.context = context;
        this.timeline = context.timeline;
    }

    void tasks(CustomerStory story) {
        SplittableRandom random = story.random;
        long from = story.currentPeriodStart();
        long to = story.pooled() ? story.firstPeriodEnd : timeline.historyEnd;
        int count = Draw.poisson(random,
                (story.pooled() ? 0.2 : 0.35) * FollowUpGenerator.levelFactor(story.level) * story.activity);
        for (int i = 0; i < count; i++) {
            long day = context.seasons.sampleWorkday(Timeline.dayOf(from), Timeline.dayOf(to - 1), random);
            long created = Timeline.workTimeAfter(day, from, random);
            if (created < to) {
                long due = Timeline.at(day + Draw.between(random, 1, 10), DUE_TIMES[random.nextInt(DUE_TIMES.length)]);
                String product = Draw.pick(random, DemoCatalog.PRODUCTS).name();
                task(story, created, due, DemoTexts.task(story.shortName(), product, random), 0, random);
            }
        }
        if (!story.pooled() && story.nextContactAt >= timeline.historyEnd && Draw.chance(random, 0.5)) {
            long created = Math.min(story.lastFollowUpAt + Draw.between(random, 60L, 1800L), timeline.historyEnd - 1);
            task(story, created, story.nextContactAt, "电话回访" + story.shortName(), story.lastFollowUpId, random);
        }
    }

    private void task(CustomerStory story, long created, long due, String title, long followUpId,
            SplittableRandom random) {
        Seller owner = story.ownerAt(created);
        long creator = !owner.groupLead() && Draw.chance(random, 0.15) ? owner.approverId() : owner.userId();
        long doneAt = 0;
        if (story.pooled() || (due < timeline.historyEnd - GRACE && Draw.chance(random, 0.92))) {
            doneAt = Math.max(due + Draw.between(random, -2 * Timeline.DAY, Timeline.DAY), created + 600);
            doneAt = Math.min(doneAt, timeline.historyEnd - 1);
        }
        long remindAt = Draw.chance(random, 0.6) ? due - 1800 : 0;
        long remindedAt = remindAt != 0 && remindAt < timeline.historyEnd ? remindAt : 0;
        Deal deal = openDealAt(story, created);
        boolean onDeal = deal != null && Draw.chance(random, 0.5);
        long id = context.id(DemoTable.TASK);
        context.rows(DemoTable.TASK).num(id).text(title).text(PRIORITIES[Draw.weighted(random, 20, 60, 20)]).ts(due)
                .ts(remindAt).ts(remindedAt).bool(doneAt != 0).ts(doneAt).text(onDeal ? "OPPORTUNITY" : "CUSTOMER")
                .num(onDeal ? deal.id() : story.id).ref(followUpId).num(owner.userId()).num(owner.deptId()).num(creator)
                .ts(created).ts(Math.max(created, doneAt)).end();
        if (doneAt == 0 && due < timeline.historyEnd + Timeline.DAY) {
            context.notify(owner.userId(), "TASK_DUE", "TASK", id, "待办「" + title + "」即将到期",
                    remindedAt != 0 ? remindedAt : Math.min(due, timeline.historyEnd - 1) - Timeline.HOUR, random);
        }
    }

    private static Deal openDealAt(CustomerStory story, long time) {
        for (Deal deal : story.deals) {
            if (deal.createdAt() <= time && time <= deal.endAt()) {
                return deal;
            }
        }
        return null;
    }
}
