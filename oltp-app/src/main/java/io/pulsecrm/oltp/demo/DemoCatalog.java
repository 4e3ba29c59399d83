package io.pulsecrm.oltp.demo;

import java.math.BigDecimal;
import java.util.List;

/** Believable, invented material for demo deals: customers, what they buy, why deals are lost. */
final class DemoCatalog {

    record StageSpec(String name, BigDecimal winRate) {
    }

    static final List<StageSpec> STAGES = List.of(
            new StageSpec("初步接洽", new BigDecimal("10.00")),
            new StageSpec("需求确认", new BigDecimal("30.00")),
            new StageSpec("方案报价", new BigDecimal("50.00")),
            new StageSpec("谈判审核", new BigDecimal("80.00")));

    static final List<String> COMPANIES = List.of(
            "杭州云帆科技", "深圳华信电子", "上海恒瑞物流", "北京博远教育", "广州嘉禾食品", "成都天府医疗器械",
            "苏州瑞丰纺织", "南京金陵建工", "武汉长江光电", "西安秦川汽车配件", "青岛海润水产", "厦门鹭岛旅游",
            "宁波东港贸易", "重庆山城火锅连锁", "天津滨海化工", "长沙湘江传媒", "郑州中原农业", "合肥科大讯联",
            "济南泉城制药", "福州闽江家居", "昆明彩云茶业", "大连星海船舶", "沈阳北方重工", "无锡太湖环保",
            "东莞松湖智造", "佛山顺德家电", "珠海横琴金融", "温州瓯江鞋业", "嘉兴南湖新材料", "绍兴黄酒集团");

    static final List<String> OFFERINGS = List.of(
            "CRM 年度订阅", "销售管理系统实施", "客服中心升级", "营销自动化平台", "数据中台建设",
            "私有化部署", "移动销售助手", "BI 报表定制", "ERP 对接集成", "渠道管理系统", "培训与咨询服务");

    static final List<String> LOST_REASONS = List.of(
            "价格超出客户预算", "客户选择了竞争对手", "项目预算冻结，暂停采购", "客户需求变更，不再匹配", "关键决策人离职");

    private DemoCatalog() {
    }
}
