package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Catalogue.Campaign;
import io.pulsecrm.oltp.demo.ChineseNames.Person;
import io.pulsecrm.oltp.demo.Companies.Company;
import io.pulsecrm.oltp.demo.FollowUpGenerator.LeadActivity;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Leads (线索): the ones customers were converted from, and about as many again that never became
 * customers (new, qualified but stalled, or found invalid). Leads from campaigns were imported by
 * marketing and handed to a rep of the region.
 */
final class LeadGenerator {

    static final String[] SOURCES = {"WEBSITE", "SEARCH", "REFERRAL", "TELEMARKETING", "SOCIAL", "OTHER"};
    static final double[] SOURCE_WEIGHTS = {30, 20, 20, 15, 10, 5};

    private final DemoContext context;
    private final Timeline timeline;
    private final FollowUpGenerator followUps;
    private final Arrivals arrivals;
    /** Follow-up volume relative to the default of three per customer. */
    private final double followUpScale;

    LeadGenerator(DemoContext context, FollowUpGenerator followUps) {
        this.context = context;
        this.timeline = context.timeline;
        this.followUps = followUps;
        this.arrivals = new Arrivals(context.timeline, context.seasons, 0);
        this.followUpScale = context.scale.followUpsPerCustomer() / 3.0;
    }

    /** The lead the customer was converted from, with the follow-ups that qualified it. */
    void converted(CustomerStory story) {
        SplittableRandom random = story.random;
        long convertedDay = Timeline.dayOf(story.createdAt);
        long day = Math.max(timeline.startDay, convertedDay - Draw.between(random, 3, 60));
        long created = Timeline.workTime(day, random);
        long qualified = Timeline.workTimeAfter(Draw.between(random, day, convertedDay - 1), created, random);
        if (qualified >= story.createdAt) {
            qualified = (created + story.createdAt) / 2;
        }
        Seller owner = story.firstOwner;
        LeadActivity activity = followUps.lead(story.leadId, story.id, owner, created, story.createdAt,
                Draw.poisson(random, 0.6 * followUpScale), false, random);
        if (activity.lastAt() != 0) {
            story.lastFollowUpAt = activity.lastAt();
            story.lastFollowUpId = activity.lastId();
        }
        story.leadPerson = ChineseNames.person(random);
        story.leadTitle = ChineseNames.title(random);
        story.leadMobile = ChineseNames.mobile(random);
        long creator = story.campaignId != 0 ? Draw.pick(random, context.org.marketerIds()) : owner.userId();
        Lead lead = new Lead(story.leadId, story.leadPerson, story.leadTitle, story.leadMobile, story.company,
                story.name, story.source, story.campaignId, owner, creator, created);
        write(lead, "CONVERTED", null, qualified, story.createdAt, new LeadActivity(activity.lastAt(), 0, 0),
                story.createdAt);
    }

    /** Leads that did not become customers; they arrive steadily (none were imported at go-live). */
    void unconverted(CustomerStory story, double count) {
        SplittableRandom random = story.random;
        int leads = (int) count + (Draw.chance(random, count - (int) count) ? 1 : 0);
        for (int k = 0; k < leads; k++) {
            Company company = Companies.company(context.scale.customers() + 2L * story.index + k);
            Seller owner = context.org.groups().get(company.city().group()).pick(random);
            long day = arrivals.day((story.index + random.nextDouble()) / context.scale.customers());
            long created = Timeline.workTime(day, random);
            long age = timeline.todayDay - day;
            double[] mix = age <= 14 ? new double[] {75, 25, 0} : age <= 60 ? new double[] {35, 35, 30}
                    : new double[] {15, 25, 60};
            String status = new String[] {"NEW", "QUALIFIED", "INVALID"}[Draw.weighted(random, mix)];
            long qualified = 0;
            if (status.equals("QUALIFIED")) {
                qualified = Timeline.workTimeAfter(day + Draw.between(random, 1, 10), created, random);
                if (qualified >= timeline.historyEnd) {
                    status = "NEW";
                    qualified = 0;
                }
            }
            double mean = switch (status) {
                case "QUALIFIED" -> 0.8;
                case "INVALID" -> 0.4;
                default -> 0.1;
            };
            boolean invalid = status.equals("INVALID");
            long id = context.id(DemoTable.LEAD);
            long worked = Math.min(created + 45 * Timeline.DAY, timeline.historyEnd);
            LeadActivity activity = followUps.lead(id, 0, owner, created, worked,
                    Draw.poisson(random, mean * followUpScale), invalid, random);
            Campaign campaign = Draw.chance(random, 0.5) ? context.catalogue.campaignAround(day, random) : null;
            String source = campaign != null ? campaign.channel() : SOURCES[Draw.weighted(random, SOURCE_WEIGHTS)];
            long creator = campaign != null ? Draw.pick(random, context.org.marketerIds()) : owner.userId();
            Lead lead = new Lead(id, ChineseNames.person(random), ChineseNames.title(random),
                    ChineseNames.mobile(random), company, company.name("有限公司"), source,
                    campaign == null ? 0 : campaign.id(), owner, creator, created);
            write(lead, status, invalid ? DemoTexts.invalidReason(random) : null, qualified, 0, activity,
                    Math.max(Math.max(created, qualified), activity.lastAt()));
        }
    }

    /** Who a lead is, where it came from and who works it. */
    private record Lead(long id, Person person, String title, String mobile, Company company, String companyName,
            String source, long campaignId, Seller owner, long creator, long created) {
    }

    private void write(Lead lead, String status, String remark, long qualified, long converted, LeadActivity activity,
            long updated) {
        Company company = lead.company();
        context.rows(DemoTable.LEAD).num(lead.id()).text(lead.person().name()).text(lead.companyName())
                .text(lead.title()).text(lead.mobile()).text(ChineseNames.email(lead.person(), company.domain()))
                .text(company.industry()).text(company.city().region()).text(lead.source()).ref(lead.campaignId())
                .text(status).text(remark)
                .ts(activity.nextContactAt()).ts(activity.lastAt()).ts(qualified).ts(converted)
                .num(lead.owner().userId()).num(lead.owner().deptId()).num(lead.creator()).ts(lead.created())
                .ts(updated).end();
        context.logCreate("LEAD", lead.id(), lead.creator(), lead.created(),
                "新建线索：" + lead.person().name() + "（" + lead.companyName() + "）");
    }
}
