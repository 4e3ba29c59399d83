package io.pulsecrm.oltp.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.demo.*}: {@code seed} ({@code CRM_DEMO_SEED}) fills an empty database with the demo
 * company; {@code scale} ({@code CRM_DEMO_SCALE}) is {@code demo} (about 5,400 customers),
 * {@code bench} (1,000,000 customers, 3,000,000 follow-ups) or a number of customers.
 */
@ConfigurationProperties("crm.demo")
public record DemoProperties(boolean seed, @DefaultValue("demo") String scale) {

    DemoScale demoScale() {
        String chosen = scale == null ? "demo" : scale.strip();
        if (chosen.equalsIgnoreCase("bench")) {
            return DemoScale.BENCH;
        }
        if (chosen.isEmpty() || chosen.equalsIgnoreCase("demo")) {
            return DemoScale.DEMO;
        }
        try {
            return DemoScale.DEMO.withCustomers(Integer.parseInt(chosen));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("crm.demo.scale must be demo, bench or a number of customers: " + chosen, e);
        }
    }
}
