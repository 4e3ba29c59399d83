package io.pulsecrm.oltp.demo;

import static io.pulsecrm.segment.Condition.of;
import static io.pulsecrm.segment.Feature.CAMPAIGNS;
import static io.pulsecrm.segment.Feature.CONTRACT_COUNT;
import static io.pulsecrm.segment.Feature.FOLLOW_UPS_90D;
import static io.pulsecrm.segment.Feature.INDUSTRY;
import static io.pulsecrm.segment.Feature.LEVEL;
import static io.pulsecrm.segment.Feature.LIFECYCLE_STAGE;
import static io.pulsecrm.segment.Feature.RECEIVED_TOTAL;
import static io.pulsecrm.segment.Feature.RECENCY_DAYS;
import static io.pulsecrm.segment.Feature.SOURCE;
import static io.pulsecrm.segment.Operator.CONTAINS_ANY;
import static io.pulsecrm.segment.Operator.EQ;
import static io.pulsecrm.segment.Operator.GTE;
import static io.pulsecrm.segment.Operator.IN;
import static io.pulsecrm.segment.Operator.LTE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.segment.Condition;
import io.pulsecrm.segment.Group;
import io.pulsecrm.segment.Rule;

/**
 * The segments the demo marketer (肖婷) keeps: what a marketing team of a B2B vendor segments by. Built
 * with segment-rules, so every stored rule is one the app would have accepted.
 */
final class SegmentGenerator {

    private SegmentGenerator() {
    }

    static void generate(DemoContext context) {
        long marketer = context.org.marketerIds()[0];
        long department = context.org.marketingDeptId();
        long at = context.timeline.historyEnd - 3 * Timeline.DAY;
        for (Segment segment : segments(context.catalogue)) {
            context.writer.rows(DemoTable.SEGMENT).num(context.writer.nextId(DemoTable.SEGMENT)).text(segment.name)
                    .text(segment.description).text(segment.rule.toJsonText()).num(marketer).num(department)
                    .ts(at).ts(at).end();
        }
    }

    private record Segment(String name, String description, Rule rule) {
    }

    private static List<Segment> segments(Catalogue catalogue) {
        List<Object> exhibitions = new ArrayList<>(catalogue.campaigns().stream()
                .filter(c -> c.channel().equals("EXHIBITION") && !c.cancelled()).map(c -> (Object) c.id()).toList());
        Rule fromExhibitions = exhibitions.isEmpty() ? of(SOURCE, EQ, "EXHIBITION")
                : Group.or(of(SOURCE, EQ, "EXHIBITION"), new Condition(CAMPAIGNS, CONTAINS_ANY, exhibitions));
        return List.of(
                new Segment("高价值客户", "重点客户，累计回款十万元及以上：年度回访与增购的名单",
                        Group.and(of(LEVEL, EQ, "KEY"), of(RECEIVED_TOTAL, GTE, new BigDecimal("100000.00")))),
                new Segment("沉睡客户", "已成交或商机推进中，但近 90 天没有任何跟进：唤醒活动的对象",
                        Group.and(of(LIFECYCLE_STAGE, IN, "CUSTOMER", "IN_PIPELINE"), of(FOLLOW_UPS_90D, EQ, 0L))),
                new Segment("展会线索转化", "来源为展会或响应过展会活动、已进入商机或成交的客户：衡量参展效果",
                        Group.and(fromExhibitions, of(LIFECYCLE_STAGE, IN, "IN_PIPELINE", "CUSTOMER"))),
                new Segment("制造业复购潜力", "制造业客户，有已审批合同且一年内有回款：推荐升级与配件",
                        Group.and(of(INDUSTRY, EQ, "MANUFACTURING"), of(CONTRACT_COUNT, GTE, 1L),
                                of(RECENCY_DAYS, LTE, 365L))));
    }
}
