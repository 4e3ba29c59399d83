package io.pulsecrm.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;

/**
 * oltp-app's public REST API as a client calls it: JSON over HTTP. One instance per worker thread (it holds
 * one keep-alive connection).
 */
final class OltpClient implements AutoCloseable {

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpConnection http;

    /** A client logged in as the bootstrap admin (password CRM_ADMIN_PASSWORD, as ./crm up sets it). */
    OltpClient(String baseUrl) {
        try {
            this.http = new HttpConnection(URI.create(baseUrl), "Authorization: Bearer " + adminToken(baseUrl) + "\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One login per run and server, shared by every worker. */
    private static String adminToken(String baseUrl) throws IOException {
        String known = TOKENS.get(baseUrl);
        if (known != null) {
            return known;
        }
        String token = login(baseUrl, "admin", System.getenv().getOrDefault("CRM_ADMIN_PASSWORD", "pulse-admin"));
        TOKENS.put(baseUrl, token);
        return token;
    }

    /** A client logged in as someone else than the admin (the scope bench's own users). */
    OltpClient(String baseUrl, String token) {
        this.http = new HttpConnection(URI.create(baseUrl), "Authorization: Bearer " + token + "\r\n");
    }

    /**
     * Logs in ({@code POST /api/v1/auth/login}) and returns the token. Names and passwords are the bench's own
     * (letters, digits and a few safe characters), so they are written into the JSON as they are.
     */
    static String login(String baseUrl, String username, String password) throws IOException {
        try (var anonymous = new HttpConnection(URI.create(baseUrl), "")) {
            HttpConnection.Response r = anonymous.send("POST", "/api/v1/auth/login",
                    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
            if (r.status() != 200) {
                throw new IOException("login of " + username + " answered " + r.status() + ": " + r.body());
            }
            return stringField(r.body(), "token");
        }
    }

    /** A string field of a flat JSON answer whose value has no escapes (a token, say). */
    static String stringField(String json, String field) {
        int at = json.indexOf("\"" + field + "\":\"");
        if (at < 0) {
            throw new IllegalStateException("no " + field + " in the answer");
        }
        int from = at + field.length() + 4;
        return json.substring(from, json.indexOf('"', from));
    }

    long createCustomer(String name) throws IOException {
        return id(call("POST", "/api/v1/customers", "{\"name\":\"" + name + "\",\"level\":\"NORMAL\"}"));
    }

    void deleteCustomer(long id) throws IOException {
        call("DELETE", "/api/v1/customers/" + id, null);
    }

    long createStage(String name, int position, BigDecimal winRate) throws IOException {
        return id(call("POST", "/api/v1/stages",
                "{\"name\":\"" + name + "\",\"position\":" + position + ",\"winRate\":" + winRate.toPlainString() + "}"));
    }

    void deleteStage(long id) throws IOException {
        call("DELETE", "/api/v1/stages/" + id, null);
    }

    long createOpportunity(String name, BigDecimal amount, long stageId, long customerId) throws IOException {
        return id(call("POST", "/api/v1/opportunities", "{\"name\":\"" + name + "\",\"amount\":" + amount.toPlainString()
                + ",\"stageId\":" + stageId + ",\"customerId\":" + customerId + "}"));
    }

    void deleteOpportunity(long id) throws IOException {
        call("DELETE", "/api/v1/opportunities/" + id, null);
    }

    private String call(String method, String path, String json) throws IOException {
        HttpConnection.Response r = http.send(method, path, json);
        if (r.status() >= 300) {
            throw new IOException(method + " " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.body();
    }

    /** The {@code id} of a created resource: the first {@code "id":<digits>} of the answer. */
    static long id(String json) {
        int at = json.indexOf("\"id\":");
        if (at < 0) {
            throw new IllegalStateException("no id in the answer: " + json);
        }
        int from = at + 5;
        while (json.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < json.length() && Character.isDigit(json.charAt(to))) {
            to++;
        }
        return Long.parseLong(json.substring(from, to));
    }

    @Override
    public void close() {
        http.close();
    }
}
