package io.pulsecrm.chdb;

import java.util.regex.Pattern;

/** Quoting of names and values this server writes into SQL itself. */
final class SqlText {

    private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private SqlText() {}

    static String quoteString(String value) {
        return "'" + escape(value, '\'') + "'";
    }

    static String quoteIdentifier(String name) {
        return "`" + escape(name, '`') + "`";
    }

    /** Setting names go into SET unquoted, so anything but a plain name is refused before it gets there. */
    static boolean isSettingName(String name) {
        return SETTING_NAME.matcher(name).matches();
    }

    private static String escape(String value, char quote) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == quote) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
