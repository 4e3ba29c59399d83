package io.pulsecrm.oltp.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI pulseCrmApi() {
        return new OpenAPI().info(new Info()
                .title("Pulse CRM operational API")
                .version("v1")
                .description("""
                        Opportunity stages and opportunities. Every error is an RFC 9457 problem \
                        (application/problem+json) with `code` and `errors: [{field, message}]`."""));
    }
}
