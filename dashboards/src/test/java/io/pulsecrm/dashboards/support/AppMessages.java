package io.pulsecrm.dashboards.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The dashboards' message bundles as application.properties configures them ({@code spring.messages.*}), for unit tests. */
public final class AppMessages {

    private AppMessages() {}

    public static ResourceBundleMessageSource bundle() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
