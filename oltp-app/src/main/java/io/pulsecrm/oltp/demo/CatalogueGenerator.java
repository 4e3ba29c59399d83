package io.pulsecrm.oltp.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Catalogue.Campaign;
import io.pulsecrm.oltp.demo.DemoCatalog.ProductSpec;
import io.pulsecrm.oltp.demo.DemoCatalog.StageSpec;

/** Stages, the product catalogue, two years of marketing campaigns with their costs, and the approval flow. */
final class CatalogueGenerator {

    /** {@code month} counts from the go-live month; a negative one starts that many days from today. */
    private record CampaignSpec(String name, String channel, int month, int days, long budgetYuan, boolean cancelled,
            String description) {
    }

    private static final List<CampaignSpec> CAMPAIGNS = List.of(
            new CampaignSpec("CRM 数字化转型白皮书下载", "WEBSITE", 0, 60, 30_000, false, "官网白皮书留资，市场部统一分配线索"),
            new CampaignSpec("百度搜索推广（上半年）", "SEARCH", 2, 150, 180_000, false, "核心关键词竞价推广"),
            new CampaignSpec("{Y}春季新品发布会", "EVENT", 4, 20, 120_000, false, "发布新版本与移动销售助手"),
            new CampaignSpec("华东制造业客户沙龙", "EVENT", 6, 14, 60_000, false, "联合本地协会举办的行业沙龙"),
            new CampaignSpec("老客户推荐有礼", "REFERRAL", 7, 90, 50_000, false, "老客户推荐成交奖励"),
            new CampaignSpec("华南区行业沙龙（深圳）", "EVENT", 9, 10, 40_000, true, "场地冲突，活动取消"),
            new CampaignSpec("{Y}中国国际工业博览会参展", "EXHIBITION", 10, 10, 300_000, false, "展位、物料与差旅"),
            new CampaignSpec("年终客户答谢会", "EVENT", 12, 20, 150_000, false, "重点客户答谢与续约沟通"),
            new CampaignSpec("微信公众号裂变活动", "SOCIAL", 14, 45, 40_000, false, "转发领取试用账号"),
            new CampaignSpec("百度搜索推广（下半年）", "SEARCH", 16, 150, 200_000, false, "核心关键词竞价推广"),
            new CampaignSpec("电话外呼拓新计划", "TELEMARKETING", 18, 60, 80_000, false, "外包外呼团队筛选意向客户"),
            new CampaignSpec("抖音企业号信息流投放", "ADVERTISING", 20, 45, 150_000, false, "短视频案例投放"),
            new CampaignSpec("{Y}渠道伙伴大会", "EVENT", -20, 3, 200_000, false, "筹备中：渠道政策发布"));

    private static final String[] COST_NOTES = {"场地费", "物料制作", "广告投放", "差旅费", "礼品采购", "讲师费", "推广服务费"};

    private CatalogueGenerator() {
    }

    static Catalogue generate(Connection connection, CopyWriter writer, Timeline timeline, Org org,
            SplittableRandom random) throws SQLException {
        long goLive = Timeline.at(timeline.startDay, 9 * 3600);
        long[] stageIds = new long[DemoCatalog.STAGES.size()];
        for (int i = 0; i < stageIds.length; i++) {
            StageSpec stage = DemoCatalog.STAGES.get(i);
            stageIds[i] = writer.nextId(DemoTable.OPPORTUNITY_STAGE);
            writer.rows(DemoTable.OPPORTUNITY_STAGE).num(stageIds[i]).text(stage.name()).num(i + 1)
                    .percent(stage.winRateBasisPoints()).ts(goLive).ts(goLive).end();
        }
        long[] productIds = new long[DemoCatalog.PRODUCTS.size()];
        for (int i = 0; i < productIds.length; i++) {
            ProductSpec product = DemoCatalog.PRODUCTS.get(i);
            productIds[i] = writer.nextId(DemoTable.PRODUCT);
            writer.rows(DemoTable.PRODUCT).num(productIds[i]).text(product.code()).text(product.name())
                    .text(product.category()).text(product.unit()).money(product.priceCents())
                    .text(product.category() + "：" + product.name()).ts(goLive).ts(goLive).end();
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS.size(); i++) {
            campaigns.add(campaign(CAMPAIGNS.get(i), writer, timeline, org.marketerIds()[i % org.marketerIds().length],
                    org.marketingDeptId(), random));
        }
        return new Catalogue(stageIds, productIds, campaigns, approvalFlow(connection, writer, goLive));
    }

    private static Campaign campaign(CampaignSpec spec, CopyWriter writer, Timeline timeline, long owner,
            long ownerDept, SplittableRandom random) {
        long start = spec.month() >= 0
                ? LocalDate.ofEpochDay(timeline.startDay).plusMonths(spec.month()).toEpochDay() + random.nextInt(10)
                : timeline.todayDay - spec.month();
        long end = start + spec.days() - 1;
        String status = spec.cancelled() ? "CANCELLED"
                : start > timeline.todayDay ? "PLANNED" : end < timeline.todayDay ? "ENDED" : "ACTIVE";
        long id = writer.nextId(DemoTable.CAMPAIGN);
        long created = Timeline.workTime(Math.max(timeline.startDay, start - 30), random);
        String name = spec.name().replace("{Y}", LocalDate.ofEpochDay(start).getYear() + "年");
        long updated = Math.max(created, Math.min(Timeline.at(end, 18 * 3600), timeline.historyEnd - 1));
        writer.rows(DemoTable.CAMPAIGN).num(id).text(name).text(spec.channel()).text(status)
                .money(spec.budgetYuan() * 100).date(start).date(end).text(spec.description()).num(owner).num(ownerDept)
                .ts(created).ts(updated).end();
        if (!spec.cancelled() && start < timeline.todayDay) {
            long lastDay = Math.min(end, timeline.todayDay - 1);
            int entries = Draw.between(random, 2, 4);
            long spent = spec.budgetYuan() * Draw.between(random, 70, 100);
            for (long part : Money.split(spent, entries == 2 ? new int[] {60, 40} : entries == 3
                    ? new int[] {50, 30, 20} : new int[] {40, 30, 20, 10})) {
                long day = Draw.between(random, start, lastDay);
                writer.rows(DemoTable.CAMPAIGN_COST).num(writer.nextId(DemoTable.CAMPAIGN_COST)).num(id).money(part)
                        .date(day).text(Draw.pick(random, COST_NOTES)).num(owner)
                        .ts(Math.max(created, Timeline.workTime(day, random))).end();
            }
        }
        return new Campaign(id, spec.channel(), start, end, spec.cancelled());
    }

    /** Contracts go to a sales manager, then to an administrator. */
    private static long approvalFlow(Connection connection, CopyWriter writer, long time) throws SQLException {
        long flow = writer.nextId(DemoTable.APPROVAL_FLOW);
        writer.rows(DemoTable.APPROVAL_FLOW).num(flow).text("CONTRACT").text("合同审批（销售经理 → 系统管理员）").bool(true)
                .ts(time).ts(time).end();
        String[] roles = {"SALES_MANAGER", "ADMIN"};
        for (int i = 0; i < roles.length; i++) {
            writer.rows(DemoTable.APPROVAL_STEP).num(writer.nextId(DemoTable.APPROVAL_STEP)).num(flow).num(i + 1)
                    .text("ROLE").num(roleId(connection, roles[i])).end();
        }
        return flow;
    }

    private static long roleId(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from app_role where code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Built-in role " + code + " (V2) is missing");
                }
                return row.getLong(1);
            }
        }
    }
}
