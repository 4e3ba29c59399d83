package io.pulsecrm.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The features of a customer a segment rule may test (the segmentation contract). The key is the
 * name in rule JSON and, but for the derived ones, the column of ClickHouse's {@code customer_features}.
 * Open tickets are not a feature: the CRM has no ticket module.
 */
public enum Feature {
    /** Days from the last receipt to the evaluation date; not set without receipts (column {@code last_receipt_on}). */
    RECENCY_DAYS("recency_days", FeatureType.NUMBER, "距最近回款天数", "Days since last receipt"),
    /** Contracts of the customer in status APPROVED. */
    CONTRACT_COUNT("contract_count", FeatureType.NUMBER, "已审批合同数", "Approved contracts"),
    /** Sum of the customer's receipts. */
    RECEIVED_TOTAL("received_total", FeatureType.MONEY, "累计回款金额", "Total received"),
    INDUSTRY("industry", FeatureType.TEXT, "行业", "Industry"),
    REGION("region", FeatureType.TEXT, "地区", "Region"),
    LEVEL("level", FeatureType.ENUM, "客户级别", "Customer level", List.of(
            Choice.of("KEY", "重点客户", "Key"),
            Choice.of("NORMAL", "普通客户", "Normal"),
            Choice.of("SMALL", "小客户", "Small"))),
    /** The customer's source; the codes are PostgreSQL's {@code ck_customer_source} list. */
    SOURCE("source", FeatureType.ENUM, "客户来源", "Source", List.of(
            Choice.of("SEARCH", "搜索", "Search"),
            Choice.of("SOCIAL", "社交", "Social media"),
            Choice.of("EMAIL", "邮件", "Email"),
            Choice.of("EVENT", "活动", "Event"),
            Choice.of("EXHIBITION", "展会", "Exhibition"),
            Choice.of("REFERRAL", "转介绍", "Referral"),
            Choice.of("WEBSITE", "官网", "Website"),
            Choice.of("ADVERTISING", "广告", "Advertising"),
            Choice.of("TELEMARKETING", "电话营销", "Telemarketing"),
            Choice.of("OTHER", "其他", "Other"))),
    /** The first that applies from the right: CUSTOMER, IN_PIPELINE, PROSPECT, POOLED. */
    LIFECYCLE_STAGE("lifecycle_stage", FeatureType.ENUM, "生命周期阶段", "Lifecycle stage", List.of(
            Choice.of("POOLED", "公海客户", "In the pool"),
            Choice.of("PROSPECT", "潜在客户", "Prospect"),
            Choice.of("IN_PIPELINE", "商机推进中", "In pipeline"),
            Choice.of("CUSTOMER", "成交客户", "Customer"))),
    /** Follow-ups on the customer in the 30 days before the evaluation date. */
    FOLLOW_UPS_30D("follow_ups_30d", FeatureType.NUMBER, "近30天跟进次数", "Follow-ups in 30 days"),
    /** Follow-ups on the customer in the 90 days before the evaluation date. */
    FOLLOW_UPS_90D("follow_ups_90d", FeatureType.NUMBER, "近90天跟进次数", "Follow-ups in 90 days"),
    /** Campaigns the customer responded to: its own, its leads' and its opportunities'. */
    CAMPAIGNS("campaigns", FeatureType.SET, "参与的市场活动", "Campaigns responded to"),
    /** How many campaigns the customer responded to (the size of {@link #CAMPAIGNS}). */
    CAMPAIGN_COUNT("campaign_count", FeatureType.NUMBER, "参与市场活动数", "Campaigns responded to (count)");

    private final String key;
    private final FeatureType type;
    private final Label label;
    private final List<Choice> choices;

    Feature(String key, FeatureType type, String zhCN, String en) {
        this(key, type, zhCN, en, List.of());
    }

    Feature(String key, FeatureType type, String zhCN, String en, List<Choice> choices) {
        this.key = key;
        this.type = type;
        this.label = new Label(zhCN, en);
        this.choices = choices;
    }

    /** The name in rule JSON, e.g. {@code received_total}. */
    public String key() {
        return key;
    }

    public FeatureType type() {
        return type;
    }

    public Label label() {
        return label;
    }

    /** The allowed codes of an ENUM feature; empty for the others. */
    public List<Choice> choices() {
        return choices;
    }

    boolean allowsChoice(String code) {
        return choices.stream().anyMatch(c -> c.code().equals(code));
    }

    public static Optional<Feature> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
