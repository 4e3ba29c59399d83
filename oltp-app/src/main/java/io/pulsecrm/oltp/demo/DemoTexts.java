package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

/** What reps write: follow-up notes and task titles, with {c} a contact and {p} a product or {s} a customer. */
final class DemoTexts {

    private static final String[] PHONE = {
        "电话沟通：{c}对{p}比较感兴趣，约下周安排产品演示。", "与{c}电话确认需求，对方关注数据安全与私有化部署。",
        "电话回访，客户反馈试用顺利，准备内部评审。", "电话沟通报价，客户希望在折扣上再争取一些空间。",
        "电话跟进，{c}出差中，约定下周再联系。", "电话确认{p}的采购数量，客户需要和财务再核对预算。",
    };
    private static final String[] VISIT = {
        "上门拜访{c}，现场演示{p}，客户 IT 部门参与。", "拜访客户总部，了解现有系统与业务流程，整理需求清单。",
        "陪同技术顾问上门，沟通{p}实施方案与排期。", "拜访{c}，商务条款基本达成一致，等待合同流程。",
    };
    private static final String[] EMAIL = {
        "邮件发送{p}报价单和产品资料，请{c}查收。", "邮件发送方案书（含实施计划），待客户反馈。", "邮件确认会议纪要与下一步行动项。",
    };
    private static final String[] SMS = {"短信提醒{c}明天的演示会议时间。", "短信问候{c}，顺带确认下次拜访时间。"};
    private static final String[] OTHER = {"微信沟通：{c}询问{p}的价格与交付周期。", "微信发送同行业成功案例，{c}表示会转给老板看。"};
    private static final String[] LOG = {
        "内部记录：客户预算预计在下季度批复。", "内部记录：竞品也在接触该客户，需加快节奏。", "内部记录：客户组织架构调整，决策链待确认。",
    };
    private static final String[] SCHEDULE = {"日程：与{c}约定{p}演示会。", "日程：约{c}参加季度业务回顾会议。"};
    private static final String[] OPPORTUNITY = {
        "商机跟进：{p}方案已提交，客户内部评估中。", "商机跟进：客户确认预算，进入商务谈判。", "商机跟进：{c}要求补充{p}的技术参数。",
        "商机跟进：已安排 POC 测试环境。",
    };
    private static final String[] CONTRACT = {
        "合同跟进：提醒客户按计划安排付款。", "合同跟进：发票已寄出，{c}确认收到。", "合同跟进：实施启动会已召开，{p}进入部署阶段。",
    };
    private static final String[] LEAD = {
        "电话联系线索，对方有采购意向，已发送产品资料。", "线索核实：联系人确认需求，约定进一步沟通。", "多次拨打无人接听，稍后再试。",
        "客户表示暂无需求，半年后再联系。", "加了微信，对方在比较几家供应商。",
    };
    private static final String[] INVALID_LEAD = {"号码为空号，线索无效。", "非目标客户（个人用户）。", "重复线索，已有销售跟进。"};
    private static final String[] TASKS = {
        "回访{s}", "给{s}发送{p}报价单", "准备{s}演示环境", "确认{s}合同条款", "拜访{s}", "整理{s}需求文档", "安排{s}技术交流会",
    };

    private DemoTexts() {
    }

    static String followUp(String subjectType, String kind, String method, String contact, String product,
            SplittableRandom random) {
        String[] texts = switch (subjectType) {
            case "OPPORTUNITY" -> OPPORTUNITY;
            case "CONTRACT" -> CONTRACT;
            default -> switch (kind) {
                case "LOG" -> LOG;
                case "SCHEDULE" -> SCHEDULE;
                default -> switch (method) {
                    case "VISIT" -> VISIT;
                    case "EMAIL" -> EMAIL;
                    case "SMS" -> SMS;
                    case "OTHER" -> OTHER;
                    default -> PHONE;
                };
            };
        };
        return fill(Draw.pick(random, texts), contact, product, null);
    }

    static String leadFollowUp(boolean invalid, SplittableRandom random) {
        return Draw.pick(random, invalid ? INVALID_LEAD : LEAD);
    }

    static String invalidReason(SplittableRandom random) {
        return Draw.pick(random, INVALID_LEAD);
    }

    static String task(String customer, String product, SplittableRandom random) {
        return fill(Draw.pick(random, TASKS), null, product, customer);
    }

    private static String fill(String text, String contact, String product, String customer) {
        String filled = text;
        if (filled.contains("{c}")) {
            filled = filled.replace("{c}", contact == null ? "客户" : contact);
        }
        if (filled.contains("{p}")) {
            filled = filled.replace("{p}", product);
        }
        if (filled.contains("{s}")) {
            filled = filled.replace("{s}", customer);
        }
        return filled;
    }
}
