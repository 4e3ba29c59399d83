package io.pulsecrm.warehouse.query;

/** Which campaign a deal's money is credited to (the {@code model} column of {@code campaign_roi}). */
public enum AttributionModel {

    /** The campaign that first brought the deal's customer: its originating lead's, else the customer's own. */
    FIRST_TOUCH("first_touch"),
    /** The campaign on the deal itself. */
    LAST_TOUCH("last_touch");

    private final String column;

    AttributionModel(String column) {
        this.column = column;
    }

    /** The value stored in {@code campaign_roi.model}. */
    public String column() {
        return column;
    }
}
