package io.pulsecrm.warehouse.sink;

/**
 * Which table a topic feeds, with its mapper and INSERT statement. The routes of every topic are in {@link Routes}:
 * a row class builds its route while it initialises, so the catalogue must not be initialised by this record.
 */
record Route(String table, String insertSql, RecordMapper mapper) {
}
