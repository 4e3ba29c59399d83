package io.pulsecrm.oltp.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What is left once every row is in: the lead → customer links, the id sequences, planner statistics. */
final class DemoFinish {

    private DemoFinish() {
    }

    /**
     * Lead and customer point at each other; leads are written first without their customer, so the
     * link is filled in here, in one statement.
     */
    static void linkConvertedLeads(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update lead l set converted_customer_id = c.id from customer c"
                    + " where c.lead_id = l.id and l.converted_customer_id is null");
        }
    }

    /**
     * The demo company's two years of history hold about three follow-ups per customer, far fewer than
     * the default rule (recycle after 30 days without one) expects: recycling starts switched off so
     * the first minute after start-up does not empty the reps' books into the pool. An admin switches
     * it on in the pool rules; the rule's figures stay as shipped.
     */
    static void pauseRecycling(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update pool_rule set enabled = false where id = 1");
        }
    }

    /** Ids were assigned by the generator: every serial column's sequence must continue after its maximum. */
    static void advanceSequences(Connection connection) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("select table_name, column_name"
                        + " from information_schema.columns"
                        + " where table_schema = current_schema() and column_default like 'nextval(%'")) {
            while (columns.next()) {
                serials.add(new String[] {columns.getString(1), columns.getString(2)});
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] serial : serials) {
                String table = quote(serial[0]);
                String column = quote(serial[1]);
                String sequence = "pg_get_serial_sequence('" + table.replace("'", "''") + "', '"
                        + serial[1].replace("'", "''") + "')";
                statement.execute("select setval(" + sequence + ", coalesce(max(" + column + "), 0) + 1, false)"
                        + " from " + table);
            }
        }
    }

    /** The app's first queries should not be planned on the statistics of empty tables. */
    static void analyze(Connection connection, Iterable<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("analyze " + quote(table));
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
