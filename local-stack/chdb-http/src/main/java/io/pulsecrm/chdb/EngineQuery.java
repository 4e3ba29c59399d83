package io.pulsecrm.chdb;

import java.util.Map;

/**
 * One statement as the engine runs it.
 *
 * @param database the current database the statement needs
 * @param settings per-request settings, applied to the session just for this statement
 * @param sql the statement (for an insert: the rewritten {@code INSERT ... FROM INFILE})
 * @param format the default output format, overridden by a FORMAT clause in the SQL
 * @param parameters values for {@code {name:Type}} placeholders, in ClickHouse's text escaping
 */
record EngineQuery(String database, Map<String, String> settings, byte[] sql, String format, Map<String, String> parameters) {}
