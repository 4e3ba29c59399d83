package io.pulsecrm.chdb;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as ClickHouse reports it: numeric code, symbolic name, message. Raised by the engine (parsed
 * from chDB's error text) or by this server for request problems the engine never sees.
 */
final class ClickHouseException extends Exception {

    static final int BAD_ARGUMENTS = 36;
    static final int CANNOT_READ_ALL_DATA = 33;
    static final int TOO_LARGE_SIZE_COMPRESSED = 39;
    static final int CHECKSUM_DOESNT_MATCH = 40;
    static final int SYNTAX_ERROR = 62;
    static final int UNKNOWN_COMPRESSION_METHOD = 89;
    static final int READONLY = 164;
    static final int QUERY_IS_TOO_LARGE = 229;
    static final int CANNOT_DECOMPRESS = 271;
    static final int UNKNOWN_EXCEPTION = 1002;

    private static final Pattern CODE_PREFIX = Pattern.compile("^\\s*Code: (\\d+)\\. DB::Exception: ");
    private static final Pattern TRAILING_NAME = Pattern.compile("\\(([A-Z][A-Z0-9_]*)\\)\\s*$");

    // Same grouping as ClickHouse's exceptionCodeToHTTPStatus, by name so chDB's own text is enough.
    private static final Set<String> BAD_REQUEST = Set.of(
            "BAD_ARGUMENTS", "CANNOT_COMPILE_REGEXP", "CANNOT_PARSE_TEXT", "CANNOT_PARSE_ESCAPE_SEQUENCE",
            "CANNOT_PARSE_QUOTED_STRING", "CANNOT_PARSE_DATE", "CANNOT_PARSE_DATETIME", "CANNOT_PARSE_NUMBER",
            "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING", "CANNOT_PARSE_IPV4", "CANNOT_PARSE_IPV6",
            "CANNOT_PARSE_INPUT_ASSERTION_FAILED", "CANNOT_PARSE_UUID", "DUPLICATE_COLUMN", "ILLEGAL_COLUMN",
            "UNKNOWN_ELEMENT_IN_AST", "UNKNOWN_TYPE_OF_AST_NODE", "THERE_IS_NO_COLUMN", "TOO_DEEP_AST",
            "TOO_BIG_AST", "UNEXPECTED_AST_STRUCTURE", "SYNTAX_ERROR", "INCORRECT_DATA", "TYPE_MISMATCH",
            "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE");
    private static final Set<String> NOT_FOUND = Set.of(
            "UNKNOWN_TABLE", "UNKNOWN_FUNCTION", "UNKNOWN_IDENTIFIER", "UNKNOWN_TYPE", "UNKNOWN_STORAGE",
            "UNKNOWN_DATABASE", "UNKNOWN_SETTING", "UNKNOWN_DIRECTION_OF_SORTING", "UNKNOWN_AGGREGATE_FUNCTION",
            "UNKNOWN_FORMAT", "UNKNOWN_DATABASE_ENGINE", "UNKNOWN_TYPE_OF_QUERY", "UNKNOWN_ROLE");
    private static final Set<String> FORBIDDEN =
            Set.of("UNKNOWN_USER", "WRONG_PASSWORD", "AUTHENTICATION_FAILED", "SET_NON_GRANTED_ROLE", "ACCESS_DENIED");

    private final int code;
    private final String name;

    ClickHouseException(int code, String name, String message) {
        super(message);
        this.code = code;
        this.name = name;
    }

    static ClickHouseException syntaxError(String message) {
        return new ClickHouseException(SYNTAX_ERROR, "SYNTAX_ERROR", message);
    }

    /**
     * Parses chDB's error text. chDB nests re-thrown exceptions ({@code Code: 73. DB::Exception: Code: 73.
     * DB::Exception: Unknown format X. (UNKNOWN_FORMAT) (version ...). (UNKNOWN_FORMAT)}); the client should
     * see the innermost message once, as a ClickHouse server would print it.
     */
    static ClickHouseException fromEngine(String text) {
        String rest = text == null ? "" : text.strip();
        int code = UNKNOWN_EXCEPTION;
        boolean first = true;
        for (Matcher m = CODE_PREFIX.matcher(rest); m.find(); m = CODE_PREFIX.matcher(rest)) {
            if (first) {
                code = Integer.parseInt(m.group(1));
                first = false;
            }
            rest = rest.substring(m.end());
        }
        Matcher n = TRAILING_NAME.matcher(rest);
        String name = n.find() ? n.group(1) : "UNKNOWN_EXCEPTION";
        int cut = rest.indexOf(" (" + name + ")");
        String message = (cut >= 0 ? rest.substring(0, cut) : rest).strip();
        return new ClickHouseException(code, name, message.isEmpty() ? "Unknown error" : message);
    }

    int code() {
        return code;
    }

    String name() {
        return name;
    }

    /** The body a ClickHouse server sends, which clickhouse-jdbc searches for {@code "<code>. DB::Exception:"}. */
    String toResponseBody(String version) {
        String message = getMessage().endsWith(".") ? getMessage() : getMessage() + ".";
        return "Code: " + code + ". DB::Exception: " + message + " (" + name + ") (version " + version + ")\n";
    }

    int httpStatus() {
        if (code == 194 /* REQUIRED_PASSWORD */) {
            return 401;
        }
        if (FORBIDDEN.contains(name)) {
            return 403;
        }
        if (BAD_REQUEST.contains(name)) {
            return 400;
        }
        if (NOT_FOUND.contains(name)) {
            return 404;
        }
        return switch (name) {
            case "QUERY_IS_TOO_LARGE" -> 413;
            case "NOT_IMPLEMENTED" -> 501;
            case "SOCKET_TIMEOUT", "CANNOT_OPEN_FILE", "CANNOT_SCHEDULE_TASK" -> 503;
            case "HTTP_LENGTH_REQUIRED" -> 411;
            case "TIMEOUT_EXCEEDED" -> 408;
            case "UNSUPPORTED_MEDIA_TYPE" -> 415;
            default -> 500;
        };
    }
}
