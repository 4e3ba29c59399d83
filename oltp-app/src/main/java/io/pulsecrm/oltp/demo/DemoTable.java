package io.pulsecrm.oltp.demo;

/**
 * The tables the generator fills, in an order where every foreign key points to an earlier table
 * (lead and customer point at each other: leads go first and get their customer link afterwards).
 * Flushing buffered rows table by table in this order is therefore always valid.
 */
enum DemoTable {
    DEPARTMENT("department", "id, parent_id, name, position, created_at, updated_at"),
    APP_USER("app_user", "id, username, display_name, email, phone, title, department_id, manager_id, created_at,"
            + " updated_at"),
    USER_ROLE("user_role", "user_id, role_id"),
    USER_CREDENTIAL("user_credential", "user_id, password_hash, password_changed_at"),
    OPPORTUNITY_STAGE("opportunity_stage", "id, name, position, win_rate, created_at, updated_at"),
    PRODUCT("product", "id, code, name, category, unit, price, description, created_at, updated_at"),
    CAMPAIGN("campaign", "id, name, channel, status, budget, start_date, end_date, description, owner_id,"
            + " owner_dept_id, created_at, updated_at"),
    CAMPAIGN_COST("campaign_cost", "id, campaign_id, amount, incurred_on, note, created_by, created_at"),
    APPROVAL_FLOW("approval_flow", "id, subject, name, enabled, created_at, updated_at"),
    APPROVAL_STEP("approval_step", "id, flow_id, position, approver_type, role_id"),
    LEAD("lead", "id, name, company, title, phone, email, industry, region, source, campaign_id, status, remark,"
            + " next_contact_at, last_follow_up_at, qualified_at, converted_at, owner_id, owner_dept_id, created_by,"
            + " created_at, updated_at"),
    CUSTOMER("customer", "id, name, industry, level, region, address, phone, email, website, source, campaign_id,"
            + " lead_id, deal_status, locked, owner_id, owner_dept_id, owned_since, pool_entered_at, last_follow_up_at,"
            + " last_deal_at, next_contact_at, created_by, created_at, updated_at"),
    CONTACT("contact", "id, customer_id, name, title, phone, mobile, email, is_primary, owner_id, owner_dept_id,"
            + " created_by, created_at, updated_at"),
    RECORD_TEAM_MEMBER("record_team_member", "entity_type, entity_id, user_id, access, added_by, added_at"),
    OPPORTUNITY("opportunity", "id, name, amount, stage_id, status, lost_reason, won_reason, expected_close_date,"
            + " customer_id, owner_id, owner_dept_id, campaign_id, created_by, created_at, updated_at, closed_at"),
    OPPORTUNITY_PRODUCT("opportunity_product", "id, opportunity_id, product_id, quantity, unit_price, discount,"
            + " line_amount"),
    OPPORTUNITY_STAGE_MOVE("opportunity_stage_move", "id, opportunity_id, from_stage_id, to_stage_id, moved_at"),
    CONTRACT("contract", "id, number, name, customer_id, opportunity_id, status, signed_on, start_date, end_date,"
            + " total_amount, received_amount, flow_id, current_step, submitted_at, decided_at, owner_id,"
            + " owner_dept_id, created_by, created_at, updated_at"),
    CONTRACT_LINE("contract_line", "id, contract_id, position, product_id, product_name, unit_price, quantity,"
            + " discount, line_amount"),
    APPROVAL_RECORD("approval_record", "id, subject_type, subject_id, step, approver_id, decision, comment,"
            + " decided_at"),
    PAYMENT_PLAN("payment_plan", "id, contract_id, seq, amount, due_date, method, reminder_days, received_amount,"
            + " owner_id, owner_dept_id, created_at, updated_at"),
    RECEIPT("receipt", "id, number, contract_id, plan_id, customer_id, amount, received_on, method, owner_id,"
            + " owner_dept_id, created_by, created_at, updated_at"),
    FOLLOW_UP("follow_up", "id, subject_type, subject_id, customer_id, kind, method, content, occurred_at,"
            + " next_contact_at, owner_id, owner_dept_id, created_at, updated_at"),
    TASK("task", "id, title, priority, due_at, remind_at, reminded_at, done, done_at, subject_type, subject_id,"
            + " follow_up_id, owner_id, owner_dept_id, created_by, created_at, updated_at"),
    NOTIFICATION("notification", "id, user_id, kind, subject_type, subject_id, message, created_at, read_at"),
    POOL_EVENT("pool_event", "id, customer_id, kind, from_owner_id, from_owner_dept_id, to_owner_id, to_owner_dept_id,"
            + " actor_id, reason, occurred_at"),
    SALES_TARGET("sales_target", "id, year, month, user_id, department_id, contract_amount, receipt_amount, created_at,"
            + " updated_at"),
    SEGMENT("segment", "id, name, description, rule, owner_id, owner_dept_id, created_at, updated_at"),
    OPERATION_LOG("operation_log", "id, entity_type, entity_id, action, actor_id, occurred_at, summary");

    final String table;
    final String columns;

    DemoTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Tables keyed by (entity_type, entity_id, user_id) or by user_id have no id sequence of their own. */
    boolean hasId() {
        return this != USER_ROLE && this != USER_CREDENTIAL && this != RECORD_TEAM_MEMBER;
    }
}
