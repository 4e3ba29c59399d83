package io.pulsecrm.dashboards.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /** The bean name is what Spring MVC looks up. */
    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocales();
    }
}
