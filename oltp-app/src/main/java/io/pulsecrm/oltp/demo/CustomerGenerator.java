package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Catalogue.Campaign;
import io.pulsecrm.oltp.demo.ChineseNames.Person;
import io.pulsecrm.oltp.demo.Org.Group;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Customers: when they arrived and from where (imported at go-live, converted from a lead, or
 * entered directly), who covers them (a seller of the group for their city), whether they went
 * through the public pool (公海), their contacts and record teams, and finally the customer row itself.
 */
final class CustomerGenerator {

    private static final String[] LEVELS = {"KEY", "NORMAL", "SMALL"};
    private static final String[] IMPORT_SOURCES = {"REFERRAL", "OTHER", "EXHIBITION", "TELEMARKETING"};
    private static final String[] DIRECT_SOURCES = {"REFERRAL", "WEBSITE", "EXHIBITION", "TELEMARKETING", "OTHER"};

    private final DemoContext context;
    private final Timeline timeline;
    private final Arrivals arrivals;
    private final long seed;

    CustomerGenerator(DemoContext context, long seed) {
        this.context = context;
        this.timeline = context.timeline;
        this.arrivals = new Arrivals(context.timeline, context.seasons);
        this.seed = seed;
    }

    /** Decides who the customer is and who owned it when; nothing is written yet. */
    CustomerStory begin(int index) {
        // one generator per customer: its data does not depend on how much randomness others used
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        long day = arrivals.day((index + 0.5) / context.scale.customers());
        CustomerStory story = new CustomerStory(index, context.id(DemoTable.CUSTOMER), random,
                Companies.company(index));
        story.imported = arrivals.imported(day);
        story.createdAt = Timeline.workTime(day, random);
        story.updatedAt = story.createdAt;
        story.level = LEVELS[Draw.weighted(random, 10, 55, 35)];
        story.name = story.company.name(story.level.equals("KEY")
                ? Draw.pick(random, new String[] {"集团有限公司", "股份有限公司", "有限公司"})
                : Draw.chance(random, 0.05) ? "股份有限公司" : "有限公司");
        Group group = context.org.groups().get(story.company.city().group());
        story.firstOwner = group.pick(random);
        story.owner = story.firstOwner;
        story.ownedSince = story.createdAt;
        story.firstPeriodEnd = Long.MAX_VALUE;
        poolFate(story, day, group, random);
        origin(story, day, random);
        story.locked = !story.pooled() && Draw.chance(random, story.level.equals("KEY") ? 0.25 : 0.02);
        // activity per day is the same for old and new customers, with a little extra at the start
        story.activity = 0.3 + 0.7 * story.ownedDays(timeline.historyEnd) / arrivals.meanAgeDays();
        return story;
    }

    /**
     * About 6% went to the pool and stayed there, 4% were claimed back or assigned again, each after a
     * month without follow-up (the pool rule of V3).
     */
    private void poolFate(CustomerStory story, long day, Group group, SplittableRandom random) {
        long age = timeline.todayDay - day;
        double fate = random.nextDouble();
        if (story.level.equals("KEY") || age < 90 || fate >= 0.105) {
            return;
        }
        if (fate < 0.065) {
            long lastActive = Draw.between(random, day + 10, timeline.todayDay - 46);
            story.firstPeriodEnd = Timeline.at(lastActive + 1, 0);
            story.poolEnteredAt = Timeline.workTime(lastActive + Draw.between(random, 31, 44), random);
            story.recycledAt = story.poolEnteredAt;
            story.owner = null;
            story.ownedSince = 0;
        } else if (age >= 150) {
            long lastActive = Draw.between(random, day + 10, timeline.todayDay - 110);
            story.firstPeriodEnd = Timeline.at(lastActive + 1, 0);
            story.recycledAt = Timeline.workTime(lastActive + Draw.between(random, 31, 44), random);
            story.ownedSince = Timeline.workTimeAfter(Timeline.dayOf(story.recycledAt) + Draw.between(random, 1, 60),
                    story.recycledAt, random);
            story.owner = group.colleagueOf(story.firstOwner, random);
        }
    }

    private void origin(CustomerStory story, long day, SplittableRandom random) {
        if (story.imported) {
            story.source = IMPORT_SOURCES[Draw.weighted(random, 30, 40, 15, 15)];
            return;
        }
        boolean fromLead = Draw.chance(random, 0.6);
        Campaign campaign = Draw.chance(random, fromLead ? 0.55 : 0.2)
                ? context.catalogue.campaignAround(fromLead ? day - 15 : day, random) : null;
        story.campaignId = campaign == null ? 0 : campaign.id();
        if (fromLead) {
            story.leadId = context.id(DemoTable.LEAD);
            story.source = campaign != null ? campaign.channel()
                    : LeadGenerator.SOURCES[Draw.weighted(random, LeadGenerator.SOURCE_WEIGHTS)];
        } else {
            story.source = campaign != null ? campaign.channel()
                    : DIRECT_SOURCES[Draw.weighted(random, 35, 20, 15, 15, 15)];
        }
    }

    /** One to three contacts, the first the primary one (the lead's person for a converted lead). */
    void contacts(CustomerStory story) {
        SplittableRandom random = story.random;
        int count = Draw.chance(random, 0.02) ? 0 : 1 + Draw.weighted(random, 45, 35, 20);
        long firstEnd = Math.min(story.firstPeriodEnd, timeline.historyEnd);
        Seller owner = story.owner;
        for (int k = 0; k < count; k++) {
            boolean fromLead = k == 0 && story.leadPerson != null;
            Person person = fromLead ? story.leadPerson : ChineseNames.person(random);
            long created = k == 0 ? story.createdAt : Timeline.workTimeAfter(
                    Timeline.dayOf(story.createdAt) + Draw.between(random, 0, 60), story.createdAt, random);
            if (created >= firstEnd) {
                created = story.createdAt;
            }
            long id = context.id(DemoTable.CONTACT);
            String phone = Draw.chance(random, 0.5)
                    ? ChineseNames.landline(story.company.city().areaCode(), random) : null;
            context.rows(DemoTable.CONTACT).num(id).num(story.id).text(person.name())
                    .text(fromLead ? story.leadTitle : ChineseNames.title(random)).text(phone)
                    .text(fromLead ? story.leadMobile : ChineseNames.mobile(random))
                    .text(ChineseNames.email(person, story.company.domain())).bool(k == 0)
                    .ref(owner == null ? 0 : owner.userId()).ref(owner == null ? 0 : owner.deptId())
                    .num(story.ownerAt(created).userId()).ts(created).ts(created).end();
            story.contactIds.add(id);
            story.contactNames.add(person.name());
        }
        if (!story.pooled() && Draw.chance(random, 0.03)) {
            Seller member = teamMate(story.owner, random);
            long added = Math.min(story.ownedSince + Draw.between(random, 1, 30) * Timeline.DAY,
                    timeline.historyEnd - 1);
            context.rows(DemoTable.RECORD_TEAM_MEMBER).text("CUSTOMER").num(story.id).num(member.userId())
                    .text(member.groupLead() ? "WRITE" : "READ").num(story.owner.userId()).ts(added).end();
        }
    }

    /** A rep shares with their group lead; a lead with one of their reps. */
    Seller teamMate(Seller owner, SplittableRandom random) {
        Group group = context.org.groups().get(owner.group());
        return owner.groupLead() ? group.colleagueOf(owner, random) : group.sellers().getFirst();
    }

    /** The pool moves, then the customer row, now that its follow-ups and deals are known. */
    void finish(CustomerStory story) {
        SplittableRandom random = story.random;
        if (story.wentThroughPool()) {
            poolEvents(story, random);
        }
        String name = story.name;
        long creator = story.imported ? context.org.adminId() : story.firstOwner.userId();
        Seller owner = story.owner;
        String domain = story.company.domain();
        context.rows(DemoTable.CUSTOMER).num(story.id).text(name).text(story.company.industry()).text(story.level)
                .text(story.company.city().region()).text(Companies.address(story.company.city(), random))
                .text(ChineseNames.landline(story.company.city().areaCode(), random))
                .text(Draw.chance(random, 0.5) ? "info@" + domain : null)
                .text(Draw.chance(random, 0.35) ? "www." + domain : null).text(story.source).ref(story.campaignId)
                .ref(story.leadId).text(story.dealt() ? "DEAL" : "NONE").bool(story.locked)
                .ref(owner == null ? 0 : owner.userId()).ref(owner == null ? 0 : owner.deptId()).ts(story.ownedSince)
                .ts(story.poolEnteredAt).ts(story.lastFollowUpAt).ts(story.lastDealAt).ts(story.nextContactAt)
                .num(creator).ts(story.createdAt).ts(Math.min(story.updatedAt, timeline.historyEnd - 1)).end();
        context.logCreate("CUSTOMER", story.id, creator, story.createdAt, "新建客户：" + name);
    }

    private void poolEvents(CustomerStory story, SplittableRandom random) {
        Seller from = story.firstOwner;
        boolean released = story.pooled() && Draw.chance(random, 0.4);
        poolEvent(story.id, released ? "RELEASE" : "RECYCLE", from, null, released ? from.userId() : 0,
                released ? "客户暂无采购计划，释放至公海" : "超过30天未跟进，自动回收至公海", story.recycledAt);
        context.notify(from.userId(), "CUSTOMER_RECYCLED", "CUSTOMER", story.id,
                "客户「" + story.name + "」已进入公海", story.recycledAt, random);
        story.touch(story.recycledAt);
        if (!story.pooled()) {
            Seller to = story.owner;
            boolean claimed = Draw.chance(random, 0.65);
            poolEvent(story.id, claimed ? "CLAIM" : "ASSIGN", null, to, claimed ? to.userId() : to.approverId(),
                    claimed ? "从公海领取" : "主管从公海分配", story.ownedSince);
            if (!claimed) {
                context.notify(to.userId(), "CUSTOMER_ASSIGNED", "CUSTOMER", story.id,
                        "主管将客户「" + story.name + "」分配给您", story.ownedSince, random);
            }
            story.touch(story.ownedSince);
        }
    }

    private void poolEvent(long customerId, String kind, Seller from, Seller to, long actor, String reason, long time) {
        context.rows(DemoTable.POOL_EVENT).num(context.id(DemoTable.POOL_EVENT)).num(customerId).text(kind)
                .ref(from == null ? 0 : from.userId()).ref(from == null ? 0 : from.deptId())
                .ref(to == null ? 0 : to.userId()).ref(to == null ? 0 : to.deptId()).ref(actor).text(reason).ts(time)
                .end();
    }
}
