package io.pulsecrm.oltp.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * Every operation permission a role can grant: each module × each action, as
 * {@code '<module>:<action>'}. It is the full cross product because the schema grants ADMIN exactly
 * that (V3), so every permission a built-in role holds is valid here; the UI draws it as a matrix.
 */
public final class PermissionCatalogue {

    /** A feature whose operations are permitted separately. */
    public enum Module {
        LEAD("lead", "线索", "Leads"),
        CUSTOMER("customer", "客户", "Customers"),
        CONTACT("contact", "联系人", "Contacts"),
        POOL("pool", "公海", "Public pool"),
        OPPORTUNITY("opportunity", "商机", "Opportunities"),
        CONTRACT("contract", "合同", "Contracts"),
        RECEIPT("receipt", "回款", "Receipts"),
        FOLLOW_UP("follow_up", "跟进记录", "Follow-ups"),
        TASK("task", "任务", "Tasks"),
        PRODUCT("product", "产品", "Products"),
        CAMPAIGN("campaign", "市场活动", "Campaigns"),
        TARGET("target", "业绩目标", "Sales targets"),
        SEGMENT("segment", "客户分群", "Segments"),
        DASHBOARD("dashboard", "仪表板", "Dashboards"),
        ORG("org", "组织架构", "Organization"),
        STAGE("stage", "商机阶段", "Opportunity stages"),
        APPROVAL("approval", "审批流程", "Approval flows"),
        LOG("log", "操作日志", "Operation log");

        private final String code;
        private final String zh;
        private final String en;

        Module(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
        }

        public String code() {
            return code;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** What can be done in a module. */
    public enum Action {
        VIEW("view", "查看", "View"),
        CREATE("create", "新建", "Create"),
        EDIT("edit", "编辑", "Edit"),
        DELETE("delete", "删除", "Delete"),
        IMPORT("import", "导入", "Import"),
        EXPORT("export", "导出", "Export"),
        TRANSFER("transfer", "转移", "Transfer"),
        CLAIM("claim", "领取", "Claim"),
        ASSIGN("assign", "分配", "Assign"),
        APPROVE("approve", "审批", "Approve"),
        CONFIGURE("configure", "配置", "Configure"),
        LOCK("lock", "锁定/解锁", "Lock/unlock");

        private final String code;
        private final String zh;
        private final String en;

        Action(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
        }

        public String code() {
            return code;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    private static final Set<String> ALL = Arrays.stream(Module.values())
            .flatMap(module -> Arrays.stream(Action.values()).map(action -> module.code() + ":" + action.code()))
            .collect(Collectors.toCollection(LinkedHashSet::new));

    private PermissionCatalogue() {
    }

    /** Every permission, module by module in catalogue order. */
    public static Set<String> all() {
        return java.util.Collections.unmodifiableSet(ALL);
    }

    public static boolean isKnown(String permission) {
        return permission != null && ALL.contains(permission);
    }

    /** One problem per unknown entry, named {@code field[index]}; empty when all are known. */
    public static List<FieldProblem> check(String field, Collection<String> permissions) {
        List<FieldProblem> problems = new ArrayList<>();
        int index = 0;
        for (String permission : permissions) {
            if (!isKnown(permission)) {
                problems.add(new FieldProblem(field + "[" + index + "]",
                        "is not a known permission ('<module>:<action>', see GET /api/v1/permissions)"));
            }
            index++;
        }
        return problems;
    }
}
