package io.pulsecrm.oltp.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code crm.demo.*}: {@code seed} ({@code CRM_DEMO_SEED}) fills an empty database with demo deals. */
@ConfigurationProperties("crm.demo")
public record DemoProperties(boolean seed) {
}
