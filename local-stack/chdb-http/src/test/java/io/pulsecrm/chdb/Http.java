package io.pulsecrm.chdb;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Raw HTTP against the server, for what the JDBC driver cannot show (status codes, headers, bodies). */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    Http(ChdbProcess server) {
        this.port = server.port();
    }

    HttpResponse<byte[]> post(String urlParameters, byte[] body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(urlParameters)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String urlParameters, String sql) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(urlParameters)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(sql)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postGzip(String urlParameters, byte[] body) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzipped)) {
            out.write(body);
        }
        return CLIENT.send(HttpRequest.newBuilder(uri(urlParameters)).timeout(Duration.ofSeconds(60)).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs a statement and returns its TSV output, failing on any error. */
    String query(String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = post("", sql);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + " for " + sql + ": " + response.body());
        }
        return response.body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String urlParameters) {
        return URI.create("http://127.0.0.1:" + port + "/" + (urlParameters.isEmpty() ? "" : "?" + urlParameters));
    }
}
