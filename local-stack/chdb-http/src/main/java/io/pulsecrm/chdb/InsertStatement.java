package io.pulsecrm.chdb;

import io.pulsecrm.chdb.SqlLexer.Kind;
import io.pulsecrm.chdb.SqlLexer.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header of an INSERT that carries its data inline ({@code INSERT INTO t [(cols)] [SETTINGS ...]
 * VALUES ...} or {@code ... FORMAT <name>} followed by data), split where ClickHouse splits it.
 *
 * <p>chDB silently truncates inline insert data at the first {@code \n\n} byte pair, so the data part is
 * spooled to a file and the statement is rewritten to {@code INSERT ... FROM INFILE}.
 *
 * @param target everything between {@code INTO} and the clauses: table or function, column list
 * @param settings the texts of the statement's own SETTINGS clauses
 * @param format the input format ({@code Values} for the VALUES form)
 * @param dataStart offset of the first data byte in the parsed buffer
 */
record InsertStatement(String target, List<String> settings, String format, int dataStart) {

    /** The outcome of looking at the first bytes of a statement. */
    sealed interface Outcome permits Inline, NotInline, NeedMore {}

    record Inline(InsertStatement statement) implements Outcome {}

    /** Not an INSERT with inline data (INSERT ... SELECT, or not an INSERT at all): run it as a query. */
    record NotInline() implements Outcome {}

    /** The header continues past the bytes read so far. */
    record NeedMore() implements Outcome {}

    private static final Set<String> CLAUSE_KEYWORDS = Set.of("FORMAT", "VALUES", "SELECT", "WITH", "FROM");

    String toInfileSql(Path dataFile) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(target)
                .append(" FROM INFILE ").append(SqlText.quoteString(dataFile.toAbsolutePath().toString()))
                .append(" COMPRESSION 'none'");
        if (!settings.isEmpty()) {
            sql.append(" SETTINGS ").append(String.join(", ", settings));
        }
        return sql.append(" FORMAT ").append(format).toString();
    }

    /**
     * @param complete true when {@code buf[0, length)} is the whole statement; otherwise a header that
     *     reaches the end of the bytes yields {@link NeedMore}
     */
    static Outcome parse(byte[] buf, int length, boolean complete) {
        return new Parser(buf, length, complete).parse();
    }

    private static final class Parser {
        private final byte[] buf;
        private final int length;
        private final boolean complete;
        private final SqlLexer lexer;
        private Token token;
        /** End of the token before {@link #token}: where a clause that ended just before it ends. */
        private int previousEnd;

        Parser(byte[] buf, int length, boolean complete) {
            this.buf = buf;
            this.length = length;
            this.complete = complete;
            this.lexer = new SqlLexer(buf, 0, length);
        }

        Outcome parse() {
            advance();
            if (!lexer.isWord(token, "INSERT")) {
                return undecided();
            }
            advance();
            if (!lexer.isWord(token, "INTO")) {
                return undecided();
            }
            advance();
            int targetStart = token.start();
            if (lexer.isWord(token, "TABLE")) {
                advance();
            }
            if (lexer.isWord(token, "FUNCTION")) {
                advance();
                if (token.kind() != Kind.WORD) {
                    return undecided();
                }
                advance();
                if (!skipGroup()) {
                    return undecided();
                }
            } else if (!skipQualifiedName()) {
                return undecided();
            }
            if (lexer.isSymbol(token, '(') && !skipGroup()) {
                return undecided();
            }
            int targetEnd = previousEnd;
            List<String> settings = new ArrayList<>();
            while (lexer.isWord(token, "SETTINGS")) {
                advance();
                int settingsStart = token.start();
                if (!skipSettings()) {
                    return undecided();
                }
                settings.add(text(settingsStart, previousEnd));
            }
            String target = text(targetStart, targetEnd);
            if (lexer.isWord(token, "VALUES")) {
                if (atEdge(token)) {
                    return new NeedMore();
                }
                return new Inline(new InsertStatement(target, settings, "Values", token.end()));
            }
            if (lexer.isWord(token, "FORMAT")) {
                advance();
                if (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED_IDENTIFIER || atEdge(token)) {
                    return undecided();
                }
                String format = StatementInfo.unquote(lexer.text(token), token.kind());
                int dataStart = dataStartAfter(token.end());
                if (dataStart < 0) {
                    return new NeedMore();
                }
                return new Inline(new InsertStatement(target, settings, format, dataStart));
            }
            return undecided();
        }

        private void advance() {
            if (token != null) {
                previousEnd = token.end();
            }
            token = lexer.next();
        }

        /** Stopped before deciding: with more bytes it might still be an inline insert. */
        private Outcome undecided() {
            return !complete && (token.kind() == Kind.END || lexer.truncated()) ? new NeedMore() : new NotInline();
        }

        private boolean atEdge(Token t) {
            return !complete && t.end() >= length;
        }

        /**
         * ClickHouse's rule: the data starts after the format name, spaces and tabs, then at most one line
         * break. Anything else (including more whitespace) is data. -1 when the bytes end before that is
         * decided.
         */
        private int dataStartAfter(int pos) {
            while (pos < length && (buf[pos] == ' ' || buf[pos] == '\t' || buf[pos] == '\f')) {
                pos++;
            }
            if (pos < length && buf[pos] == '\r') {
                pos++;
            }
            if (pos < length && buf[pos] == '\n') {
                pos++;
            }
            return pos >= length && !complete ? -1 : pos;
        }

        private boolean skipQualifiedName() {
            if (!isName(token)) {
                return false;
            }
            advance();
            if (lexer.isSymbol(token, '.')) {
                advance();
                if (!isName(token)) {
                    return false;
                }
                advance();
            }
            return true;
        }

        private boolean isName(Token t) {
            return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_IDENTIFIER;
        }

        /** Skips a parenthesised group starting at the current token. */
        private boolean skipGroup() {
            if (!lexer.isSymbol(token, '(')) {
                return false;
            }
            int depth = 0;
            do {
                if (token.kind() == Kind.END) {
                    return false;
                }
                if (lexer.isSymbol(token, '(')) {
                    depth++;
                } else if (lexer.isSymbol(token, ')')) {
                    depth--;
                }
                advance();
            } while (depth > 0);
            return true;
        }

        /** A settings list ends at the next clause keyword outside brackets. */
        private boolean skipSettings() {
            int depth = 0;
            boolean any = false;
            while (token.kind() != Kind.END) {
                if (depth == 0 && token.kind() == Kind.WORD && CLAUSE_KEYWORDS.contains(lexer.text(token).toUpperCase(java.util.Locale.ROOT))) {
                    return any;
                }
                if (lexer.isSymbol(token, '(') || lexer.isSymbol(token, '[') || lexer.isSymbol(token, '{')) {
                    depth++;
                } else if (lexer.isSymbol(token, ')') || lexer.isSymbol(token, ']') || lexer.isSymbol(token, '}')) {
                    depth--;
                }
                any = true;
                advance();
            }
            return false;
        }

        private String text(int start, int end) {
            return new String(buf, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
