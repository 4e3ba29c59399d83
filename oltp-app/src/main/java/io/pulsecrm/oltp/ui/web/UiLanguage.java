package io.pulsecrm.oltp.ui.web;

import java.util.Locale;

/** The UI ships two dictionaries; any English locale gets English, everything else the default Chinese. */
final class UiLanguage {

    static final String CHINESE = "zh-CN";
    static final String ENGLISH = "en";

    private UiLanguage() {
    }

    static String of(Locale locale) {
        return locale != null && ENGLISH.equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
