package io.pulsecrm.chdb;

import java.nio.charset.StandardCharsets;

/**
 * Just enough of ClickHouse's lexer to find statement boundaries in raw request bytes: words, numbers,
 * quoted strings and identifiers (backslash escapes and doubled quotes), heredocs, line, hash and nested
 * block comments. Works on bytes because an INSERT's inline data that follows the header may be binary.
 */
final class SqlLexer {

    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL, END }

    record Token(Kind kind, int start, int end) {}

    private final byte[] buf;
    private final int limit;
    private int pos;
    private boolean truncated;

    SqlLexer(byte[] buf, int start, int limit) {
        this.buf = buf;
        this.pos = start;
        this.limit = limit;
    }

    /**
     * True once a token or comment ran into the end of the available bytes without being terminated: with
     * more input it could have been longer, so a decision based on it must wait for more bytes.
     */
    boolean truncated() {
        return truncated;
    }

    Token next() {
        skipSpaceAndComments();
        if (pos >= limit) {
            return new Token(Kind.END, limit, limit);
        }
        int start = pos;
        int c = buf[pos] & 0xff;
        if (c == '\'' ) {
            return quoted(Kind.STRING, '\'');
        }
        if (c == '"' || c == '`') {
            return quoted(Kind.QUOTED_IDENTIFIER, c);
        }
        if (isWordStart(c)) {
            while (pos < limit && isWordPart(buf[pos] & 0xff)) {
                pos++;
            }
            truncated |= pos == limit;
            return new Token(Kind.WORD, start, pos);
        }
        if (c >= '0' && c <= '9') {
            while (pos < limit && (isWordPart(buf[pos] & 0xff) || buf[pos] == '.')) {
                pos++;
            }
            truncated |= pos == limit;
            return new Token(Kind.NUMBER, start, pos);
        }
        if (c == '$' && heredoc()) {
            return new Token(Kind.STRING, start, pos);
        }
        pos++;
        return new Token(Kind.SYMBOL, start, pos);
    }

    String text(Token token) {
        return new String(buf, token.start(), token.end() - token.start(), StandardCharsets.UTF_8);
    }

    boolean isWord(Token token, String upperCaseWord) {
        int length = token.end() - token.start();
        if (token.kind() != Kind.WORD || length != upperCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int c = buf[token.start() + i];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != upperCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isSymbol(Token token, char symbol) {
        return token.kind() == Kind.SYMBOL && buf[token.start()] == symbol;
    }

    private Token quoted(Kind kind, int quote) {
        int start = pos++;
        while (pos < limit) {
            int c = buf[pos];
            if (c == '\\') {
                pos += 2;
            } else if (c == quote) {
                if (pos + 1 < limit && buf[pos + 1] == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return new Token(kind, start, pos);
                }
            } else {
                pos++;
            }
        }
        pos = limit;
        truncated = true;
        return new Token(kind, start, limit);
    }

    /** {@code $tag$ ... $tag$}; false (and nothing consumed) when the {@code $} does not open one. */
    private boolean heredoc() {
        int tagEnd = pos + 1;
        while (tagEnd < limit && isWordPart(buf[tagEnd] & 0xff) && buf[tagEnd] != '$') {
            tagEnd++;
        }
        if (tagEnd >= limit || buf[tagEnd] != '$') {
            return false;
        }
        int tagLength = tagEnd + 1 - pos;
        for (int i = tagEnd + 1; i + tagLength <= limit; i++) {
            if (java.util.Arrays.equals(buf, i, i + tagLength, buf, pos, pos + tagLength)) {
                pos = i + tagLength;
                return true;
            }
        }
        pos = limit;
        truncated = true;
        return true;
    }

    private void skipSpaceAndComments() {
        while (pos < limit) {
            int c = buf[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
            } else if (c == '-' && pos + 1 < limit && buf[pos + 1] == '-'
                    || c == '#' && pos + 1 < limit && (buf[pos + 1] == ' ' || buf[pos + 1] == '!')) {
                skipLine();
            } else if (c == '/' && pos + 1 < limit && buf[pos + 1] == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipLine() {
        while (pos < limit && buf[pos] != '\n') {
            pos++;
        }
        truncated |= pos == limit;
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < limit) {
            if (buf[pos] == '/' && pos + 1 < limit && buf[pos + 1] == '*') {
                depth++;
                pos += 2;
            } else if (buf[pos] == '*' && pos + 1 < limit && buf[pos + 1] == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        truncated = true;
    }

    private static boolean isWordStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(int c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }
}
