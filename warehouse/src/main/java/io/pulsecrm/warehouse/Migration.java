package io.pulsecrm.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One numbered migration file {@code NNNN_<what>.sql}: its statements and a checksum of its text. */
record Migration(int version, String name, String script, String checksum) {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})_([A-Za-z0-9_]+)\\.sql");

    static boolean isMigrationFile(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    static Migration of(String fileName, String script) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("not a migration file name (NNNN_<what>.sql): " + fileName);
        }
        // Line endings are normalised so a checkout with CRLF does not look like an edited migration.
        String normalised = script.replace("\r\n", "\n");
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), normalised, sha256(normalised));
    }

    String fileName() {
        return "%04d_%s.sql".formatted(version, name);
    }

    /**
     * The statements of the script: split at semicolons outside quotes, identifiers and
     * comments; comment-only pieces are dropped. ClickHouse's HTTP interface runs one statement
     * per request.
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(script, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(c, i + 1);
                current.append(script, i, end);
                hasCode = true;
                i = end;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                hasCode = false;
                i++;
            } else {
                current.append(c);
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (hasCode) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private int closingQuote(char quote, int from) {
        int i = from;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new MigrationException("unterminated " + quote + " in migration " + fileName());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
