package io.pulsecrm.chdb;

import io.pulsecrm.chdb.SqlLexer.Kind;
import io.pulsecrm.chdb.SqlLexer.Token;
import java.util.Set;

/**
 * What the server needs to know about a (non-insert) statement before running it.
 *
 * @param keyword its first keyword in upper case ("(" for a parenthesised query), "" when empty
 * @param outputFormat the name in a trailing {@code FORMAT} clause, or null
 * @param multiStatement true when something follows a top-level {@code ;}
 */
record StatementInfo(String keyword, String outputFormat, boolean multiStatement) {

    private static final Set<String> READ_ONLY =
            Set.of("SELECT", "WITH", "(", "SHOW", "DESCRIBE", "DESC", "EXISTS", "EXPLAIN", "CHECK", "SET", "USE");

    static StatementInfo of(byte[] sql, int length) {
        SqlLexer lexer = new SqlLexer(sql, 0, length);
        String keyword = null;
        String format = null;
        int depth = 0;
        Token beforePrevious = null;
        Token previous = null;
        for (Token token = lexer.next(); ; token = lexer.next()) {
            if (keyword == null) {
                keyword = token.kind() == Kind.END ? "" : lexer.text(token).toUpperCase(java.util.Locale.ROOT);
            }
            boolean endOfStatement = token.kind() == Kind.END || depth == 0 && lexer.isSymbol(token, ';');
            // A FORMAT clause ends the statement (only SETTINGS may follow); elsewhere "format" is a name.
            if (depth == 0 && beforePrevious != null && lexer.isWord(beforePrevious, "FORMAT")
                    && (previous.kind() == Kind.WORD || previous.kind() == Kind.QUOTED_IDENTIFIER)
                    && (endOfStatement || lexer.isWord(token, "SETTINGS"))) {
                format = unquote(lexer.text(previous), previous.kind());
            }
            if (endOfStatement) {
                boolean more = token.kind() != Kind.END && lexer.next().kind() != Kind.END;
                return new StatementInfo(keyword, format, more);
            }
            if (token.kind() == Kind.SYMBOL) {
                if (lexer.isSymbol(token, '(') || lexer.isSymbol(token, '[') || lexer.isSymbol(token, '{')) {
                    depth++;
                } else if (lexer.isSymbol(token, ')') || lexer.isSymbol(token, ']') || lexer.isSymbol(token, '}')) {
                    depth = Math.max(0, depth - 1);
                }
            }
            beforePrevious = previous;
            previous = token;
        }
    }

    boolean isEmpty() {
        return keyword.isEmpty();
    }

    /** Allowed where ClickHouse applies readonly=2, i.e. over HTTP GET. */
    boolean isReadOnly() {
        return READ_ONLY.contains(keyword);
    }

    /**
     * SET and USE change the one shared chDB session. Over ClickHouse's HTTP interface without a session
     * they affect nothing beyond themselves, so they are accepted and not run.
     */
    boolean isSessionOnly() {
        return keyword.equals("SET") || keyword.equals("USE");
    }

    static String unquote(String text, Kind kind) {
        return kind == Kind.QUOTED_IDENTIFIER ? text.substring(1, text.length() - 1) : text;
    }
}
