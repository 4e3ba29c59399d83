package io.pulsecrm.warehouse.query.sales;

import java.util.Set;

/**
 * The figures of the managers' dashboard, each defined once: which rows of which mirrored table count, on which day,
 * for how much, whose they are (for the data scope and the department / employee filters) and what a drill-down lists
 * for them. Every chart figure and every drill-down list of a fact is read through this one definition
 * ({@link SalesFactQueries}), so a list's total is the figure that was clicked.
 *
 * <p>Days of timestamps are taken in the queries' zone (Asia/Shanghai by default); days of dates are the date. Deleted
 * rows never count; every table is read with FINAL (the latest version of each row).
 */
public enum SalesFact {

    /** Customers by the day they were created (pooled ones included, for viewers who see everything). */
    NEW_CUSTOMERS(Definition.on("customer").timestamp("created_at").team("CUSTOMER", "id")
            .title("name", null).link("'customers'", "id")),

    /** Contacts by the day they were created; visible through their holder, their customer's owner or its team. */
    NEW_CONTACTS(Definition.on("contact").timestamp("created_at").team("CUSTOMER", "customer_id").throughCustomer()
            .title("''", "customer_id").link("'customers'", "customer_id")),

    /** Opportunities by the day they were created, whatever their status now; amount: the deal's amount. */
    NEW_OPPORTUNITIES(Definition.on("opportunity").timestamp("created_at").amount("amount").team("OPPORTUNITY", "id")
            .title("name", null).link("'opportunities'", "id")),

    /** Contracts APPROVED (signed and through approval), by {@code signed_on}; amount: the contract's total. */
    SIGNED_CONTRACTS(Definition.on("contract").date("signed_on").where("status = 'APPROVED'").amount("total_amount")
            .team("CONTRACT", "id").title("concat(number, ' ', name)", null).link("'contracts'", "id")),

    /** Receipts (回款) by {@code received_on}; visible through their owner or their contract's team. */
    RECEIPTS(Definition.on("receipt").date("received_on").amount("amount").team("CONTRACT", "contract_id")
            .title("number", null).link("'contracts'", "contract_id")),

    /** Follow-ups of every kind by the time they took place. */
    FOLLOW_UPS(Definition.on("follow_up").timestamp("occurred_at")
            .category("kind", Set.of("COMMUNICATION", "LOG", "SCHEDULE", "TASK", "APPROVAL"))
            .title("''", "customer_id")
            .link("multiIf(subject_type = 'LEAD', 'leads', subject_type = 'OPPORTUNITY', 'opportunities', "
                    + "subject_type = 'CONTRACT', 'contracts', 'customers')",
                    "if(subject_type IN ('CUSTOMER', 'LEAD', 'OPPORTUNITY', 'CONTRACT'), subject_id, customer_id)")),

    /**
     * Public-pool moves by the time they happened, by kind. Each is its mover's: a CLAIM or an ASSIGN is the new
     * owner's (and their department then), a RECYCLE or a RELEASE the previous owner's; the customer's team sees it too.
     */
    POOL_EVENTS(Definition.on("pool_event").timestamp("occurred_at")
            .owner("if(kind IN ('CLAIM', 'ASSIGN'), to_owner_id, from_owner_id)",
                    "if(kind IN ('CLAIM', 'ASSIGN'), to_owner_dept_id, from_owner_dept_id)")
            .team("CUSTOMER", "customer_id").category("kind", Set.of("CLAIM", "RECYCLE", "RELEASE", "ASSIGN"))
            .title("''", "customer_id").link("'customers'", "customer_id")),

    /**
     * Open deals by their expected close date, by their stage's forecast category, amount: the deal's — the deals behind
     * a cell of {@code forecast_pipeline} (OPEN). Like the forecast's aggregates, visible through the owner or the
     * department only: the cells carry no deal ids, so a deal's team cannot add it to a figure, nor then to its list.
     */
    FORECAST_OPEN(Definition.on("opportunity").date("expected_close_date").where("status = 'OPEN'").amount("amount")
            .category(ForecastCategories.OF_STAGE, ForecastCategories.OPEN)
            .title("name", "customer_id").link("'opportunities'", "id")),

    /** Deals won, by the day of {@code closed_at}: the deals behind a CLOSED cell of {@code forecast_pipeline}. */
    FORECAST_WON(Definition.on("opportunity").timestamp("closed_at").where("status = 'WON'").amount("amount")
            .title("name", "customer_id").link("'opportunities'", "id")),

    /**
     * Payment plans not fully received, by due date, amount: what they still lack — the rows of {@code receivable}
     * that the overdue ageing counts. Visible through the owner or the department only, as the forecast.
     */
    RECEIVABLES(Definition.on("receivable").id("plan_id").date("due_date").where("outstanding > 0")
            .amount("outstanding").link("'contracts'", "contract_id"));

    final Definition definition;

    SalesFact(Definition definition) {
        this.definition = definition;
    }

    /** Whether the fact has an amount (else its amounts are 0). */
    public boolean hasAmount() {
        return definition.amount != null;
    }

    /** The categories a drill-down of this fact may be narrowed to; empty when it has none. */
    public Set<String> categories() {
        return definition.categories;
    }
}
