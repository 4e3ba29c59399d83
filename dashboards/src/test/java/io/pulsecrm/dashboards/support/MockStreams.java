package io.pulsecrm.dashboards.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import io.pulsecrm.dashboards.board.DashboardFeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** The server-sent event streams one test opens through MockMvc: read as text so far, and all ended after it. */
public final class MockStreams {

    private final List<MvcResult> open = new ArrayList<>();

    /** A stream the app accepted (an async request), kept to be ended by {@link #endAll}. */
    public MvcResult open(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult stream = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        open.add(stream);
        return stream;
    }

    /** What the stream received so far. */
    public static String body(MvcResult stream) {
        return new String(stream.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Ends every stream (as a browser leaving) and waits until the feed let go of them all. */
    public void endAll(DashboardFeed feed, Duration wait) {
        open.forEach(s -> s.getRequest().getAsyncContext().complete());
        open.clear();
        await().atMost(wait).until(() -> feed.subscriberCount() == 0);
    }
}
