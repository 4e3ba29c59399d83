package io.pulsecrm.dashboards.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the dashboards read from the environment ({@code crm.dashboards.*}; the defaults and the
 * environment variables are in {@code application.properties}).
 */
@ConfigurationProperties("crm.dashboards")
public record DashboardsProperties(ClickHouse clickhouse, Live live, Identity identity,
        /* where browsers reach oltp-app: its login page is {oltpPublicUrl}/login */
        @DefaultValue("http://localhost:8080") String oltpPublicUrl) {

    /** An absolute URL of oltp-app as browsers reach it: {@code oltpUrl("/login")}, a deal's page, … */
    public String oltpUrl(String path) {
        String base = oltpPublicUrl.endsWith("/") ? oltpPublicUrl.substring(0, oltpPublicUrl.length() - 1) : oltpPublicUrl;
        return base + path;
    }

    /** The tokens oltp-app issues: where its public keys are, and what a token must say about itself. */
    public record Identity(
            @DefaultValue("http://127.0.0.1:8080/.well-known/jwks.json") String jwksUrl,
            @DefaultValue("pulse-crm") String issuer,
            @DefaultValue("pulse-crm") String audience) {
    }

    /** Where the warehouse lives. The dashboards read ClickHouse only, never PostgreSQL. */
    public record ClickHouse(
            @DefaultValue("jdbc:clickhouse:http://127.0.0.1:58123") String url,
            @DefaultValue("crm") String database,
            @DefaultValue("default") String user,
            @DefaultValue("") String password) {

        @Override
        public String toString() { // keeps the password out of logs
            return "ClickHouse[url=" + url + ", database=" + database + ", user=" + user + "]";
        }
    }

    /** The one shared feed behind {@code /api/v1/stream}. */
    public record Live(
            /* how often the cheap watermark query runs while someone listens */
            @DefaultValue("100ms") Duration pollInterval,
            /* comment pings that keep proxies from closing an idle stream */
            @DefaultValue("15s") Duration heartbeatInterval,
            /* a stream is closed after this; the browser's EventSource reconnects by itself */
            @DefaultValue("30m") Duration streamTimeout,
            /* what the browser waits before reconnecting (the SSE retry field) */
            @DefaultValue("2s") Duration reconnectDelay,
            /* while ClickHouse does not answer, the watermark is asked this often instead */
            @DefaultValue("1s") Duration unavailableRetry) {
    }
}
