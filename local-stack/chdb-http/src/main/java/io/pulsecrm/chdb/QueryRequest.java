package io.pulsecrm.chdb;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A query request's parameters as ClickHouse's HTTP interface reads them: reserved names
 * ({@code query}, {@code database}, {@code default_format}, {@code compress}, ...), {@code param_<name>}
 * query parameters, and every other URL parameter as a setting for this one statement.
 */
record QueryRequest(
        String queryId,
        String queryText,
        String database,
        String defaultFormat,
        boolean compressResponse,
        boolean decompressBody,
        boolean verifyBodyChecksums,
        boolean readOnly,
        Map<String, String> settings,
        Map<String, String> parameters) {

    /** URL parameters the HTTP layer consumes itself; they are not settings. */
    private static final Set<String> RESERVED = Set.of(
            "query", "database", "default_format", "compress", "decompress", "query_id", "user", "password",
            "quota_key", "stacktrace", "role", "session_id", "session_timeout", "session_check", "close_session",
            "buffer_size", "wait_end_of_query", "client_protocol_version", "http_response_headers");

    /**
     * Real settings that make no sense here: HTTP transport knobs this server does not implement, and
     * async_insert, which clickhouse-jdbc sends on every request and which would only slow chDB down
     * (inserts here are always synchronous).
     */
    private static final Set<String> IGNORED_SETTINGS = Set.of(
            "async_insert", "wait_for_async_insert", "enable_http_compression", "http_zlib_compression_level",
            "send_progress_in_http_headers", "http_headers_progress_interval_ms", "add_http_cors_header",
            "http_wait_end_of_query", "http_response_buffer_size", "cancel_http_readonly_queries_on_client_close",
            "http_native_compression_disable_checksumming_on_decompress", "readonly");

    static QueryRequest of(String method, String rawQuery, Headers headers) throws ClickHouseException {
        Map<String, String> params;
        try {
            params = decode(rawQuery);
        } catch (IllegalArgumentException e) {
            throw new ClickHouseException(ClickHouseException.BAD_ARGUMENTS, "BAD_ARGUMENTS", "Malformed URL parameters: " + e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("param_")) {
                parameters.put(name.substring("param_".length()), e.getValue());
            } else if (!RESERVED.contains(name) && !IGNORED_SETTINGS.contains(name)) {
                if (!SqlText.isSettingName(name)) {
                    throw new ClickHouseException(115, "UNKNOWN_SETTING", "Unknown setting '" + name + "'");
                }
                settings.put(name, e.getValue());
            }
        }
        String queryId = nonEmpty(params.get("query_id"), UUID.randomUUID().toString());
        String database = nonEmpty(params.get("database"), nonEmpty(headers.getFirst("X-ClickHouse-Database"), "default"));
        String format = nonEmpty(params.get("default_format"), nonEmpty(headers.getFirst("X-ClickHouse-Format"), "TabSeparated"));
        // Like ClickHouse: GET implies readonly, and so does an explicit readonly setting.
        boolean readOnly = "GET".equals(method) || "HEAD".equals(method) || isTrue(params.get("readonly"));
        return new QueryRequest(queryId, params.getOrDefault("query", ""), database, format,
                isTrue(params.get("compress")), isTrue(params.get("decompress")),
                !isTrue(params.get("http_native_compression_disable_checksumming_on_decompress")),
                readOnly, Map.copyOf(settings), Map.copyOf(parameters));
    }

    static Map<String, String> decode(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isEmpty() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
