package io.pulsecrm.dashboards.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A minimal server-sent-events reader over HTTP, like a browser's EventSource without reconnects. */
public final class SseClient implements AutoCloseable {

    public record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    public SseClient(URI uri) throws Exception {
        this(uri, null);
    }

    /** @param token oltp-app's token, sent as {@code Authorization: Bearer}; null for none */
    public SseClient(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        reader = Thread.ofVirtual().name("sse-" + uri.getPath()).start(this::read);
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> events(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5));
                }
            }
        } catch (RuntimeException e) {
            // closed by the test or the server: the events read so far stay available
        }
    }

    @Override
    public void close() {
        response.body().close();
        http.shutdownNow();
        reader.interrupt();
    }
}
