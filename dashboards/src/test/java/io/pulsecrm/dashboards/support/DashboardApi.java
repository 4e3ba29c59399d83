package io.pulsecrm.dashboards.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The app under test on its port, asked as a signed-in viewer, as a browser's script asks it. */
public final class DashboardApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public DashboardApi(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> send(SignedIn viewer, String path) throws IOException, InterruptedException {
        return HTTP.send(viewer.get(uri(path)), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's JSON, which must be a 200. */
    public JsonNode get(SignedIn viewer, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(viewer, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
