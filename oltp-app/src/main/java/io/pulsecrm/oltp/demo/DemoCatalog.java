package io.pulsecrm.oltp.demo;

import java.util.List;

/** What the demo company sells, how it sells it, and how deals end: invented but believable. */
final class DemoCatalog {

    record StageSpec(String name, long winRateBasisPoints) {
    }

    static final List<StageSpec> STAGES = List.of(
            new StageSpec("初步接洽", 1_000), new StageSpec("需求确认", 3_000),
            new StageSpec("方案报价", 6_000), new StageSpec("谈判审核", 8_000));

    /** A catalogue entry; quantities a deal orders lie in [minQuantity, maxQuantity]. */
    record ProductSpec(String code, String name, String category, String unit, long priceCents,
            int minQuantity, int maxQuantity, boolean subscription) {
    }

    static final List<ProductSpec> PRODUCTS = List.of(
            new ProductSpec("PCRM-STD", "脉动CRM 标准版", "软件订阅", "用户/年", 120_000, 10, 80, true),
            new ProductSpec("PCRM-PRO", "脉动CRM 专业版", "软件订阅", "用户/年", 240_000, 10, 150, true),
            new ProductSpec("PCRM-ENT", "脉动CRM 企业版", "软件订阅", "用户/年", 480_000, 20, 300, true),
            new ProductSpec("PCRM-MOB", "移动销售助手", "软件订阅", "用户/年", 60_000, 10, 200, true),
            new ProductSpec("PCRM-MKT", "营销自动化模块", "软件订阅", "套/年", 3_600_000, 1, 1, true),
            new ProductSpec("PCRM-BI", "BI 报表分析模块", "软件订阅", "套/年", 2_800_000, 1, 1, true),
            new ProductSpec("PCRM-SVC", "客服工单模块", "软件订阅", "套/年", 2_400_000, 1, 1, true),
            new ProductSpec("LIC-ONPREM", "私有化部署许可", "软件许可", "套", 26_000_000, 1, 1, false),
            new ProductSpec("LIC-DATA", "数据中台许可", "软件许可", "套", 18_000_000, 1, 1, false),
            new ProductSpec("LIC-API", "API 集成包", "软件许可", "套", 4_500_000, 1, 1, false),
            new ProductSpec("SRV-IMPL", "实施服务", "实施服务", "人天", 250_000, 5, 60, false),
            new ProductSpec("SRV-DEV", "定制开发", "实施服务", "人天", 300_000, 5, 80, false),
            new ProductSpec("SRV-TRAIN", "培训服务", "实施服务", "场", 800_000, 1, 4, false),
            new ProductSpec("SRV-MIGR", "数据迁移服务", "实施服务", "次", 2_000_000, 1, 1, false),
            new ProductSpec("SRV-OPS", "年度运维服务", "实施服务", "年", 3_000_000, 1, 1, true),
            new ProductSpec("HW-SEAT", "智能呼叫坐席终端", "硬件设备", "台", 380_000, 5, 60, false),
            new ProductSpec("HW-GW", "IP 语音网关", "硬件设备", "台", 1_200_000, 1, 6, false),
            new ProductSpec("HW-SRV", "服务器一体机", "硬件设备", "台", 6_800_000, 1, 4, false),
            new ProductSpec("HW-PAD", "工业平板电脑", "硬件设备", "台", 520_000, 5, 50, false),
            new ProductSpec("HW-POS", "门店收银一体机", "硬件设备", "台", 460_000, 3, 40, false),
            new ProductSpec("HW-SCAN", "无线扫码枪", "硬件设备", "把", 45_000, 10, 100, false));

    /**
     * What a deal is about: a main product (one of {@code main}) and optional add-ons, each taken
     * with the given probability. Indexes point into {@link #PRODUCTS}.
     */
    record Solution(String name, double weight, int[] main, int[] addOns, double addOnChance) {
    }

    static final List<Solution> SOLUTIONS = List.of(
            new Solution("CRM 订阅项目", 5, new int[] {0, 1, 2}, new int[] {3, 4, 5, 6, 10, 12}, 0.35),
            new Solution("私有化部署项目", 1, new int[] {7, 8}, new int[] {10, 11, 13, 17, 9}, 0.6),
            new Solution("呼叫中心设备采购", 1.5, new int[] {15}, new int[] {16, 17, 6}, 0.4),
            new Solution("门店终端采购", 1.5, new int[] {19, 18}, new int[] {20, 3}, 0.5),
            new Solution("系统集成与增值服务", 1.5, new int[] {11, 9, 14}, new int[] {10, 12, 13}, 0.4));

    static final List<String> WON_REASONS = List.of(
            "产品功能匹配度高", "价格有竞争力", "实施团队专业，方案获客户认可", "老客户增购，合作顺利", "决策人认可我方方案",
            "服务响应快，口碑好");

    static final List<String> LOST_REASONS = List.of(
            "价格超出客户预算", "客户选择了竞争对手", "项目预算冻结，暂停采购", "客户需求变更，不再匹配", "关键决策人离职",
            "客户决定自研");

    static final List<String> APPROVE_COMMENTS = List.of("同意", "同意，请尽快安排签约", "价格在授权范围内，同意", "已核对条款，同意");

    static final List<String> REJECT_COMMENTS = List.of(
            "折扣超出授权范围，请重新报价", "付款条件不符合公司政策，请修改", "合同条款需法务复核后重新提交");

    private DemoCatalog() {
    }
}
