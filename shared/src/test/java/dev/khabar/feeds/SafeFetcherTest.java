package dev.khabar.feeds;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Against a real local HTTP server (the JDK's): loopback allowed only where the test says so. */
class SafeFetcherTest {
    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", ex -> {
            hits.incrementAndGet();
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = "<rss version=\"2.0\"><channel></channel></rss>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 100; i++) {
                ex.getResponseBody().write(chunk);
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SafeFetcher fetcher(AddressPolicy addresses) {
        return new SafeFetcher(FetchPolicy.defaults().with(addresses, Duration.ZERO));
    }

    @Test
    void shouldRefuseLoopbackByDefaultWithoutConnecting() {
        FetchException e = assertThrows(FetchException.class,
                () -> new SafeFetcher(FetchPolicy.defaults()).get(base + "/feed", null, null, 1000));
        assertEquals("blocked_address", e.code());
        assertEquals(0, hits.get());
    }

    @Test
    void shouldAnswer304WhenTheEtagStillMatches() {
        SafeFetcher fetcher = fetcher(AddressPolicy.publicAndLoopback());
        SafeFetcher.Result first = fetcher.get(base + "/feed", null, null, 10_000);
        assertEquals(200, first.status());
        assertEquals("\"v1\"", first.etag());
        SafeFetcher.Result second = fetcher.get(base + "/feed", first.etag(), null, 10_000);
        assertEquals(304, second.status());
        assertArrayEquals(new byte[0], second.body());
    }

    @Test
    void shouldRefuseARedirectToTheMetadataAddress() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(AddressPolicy.publicAndLoopback()).get(base + "/to-metadata", null, null, 1000));
        assertEquals("blocked_address", e.code());
    }

    @Test
    void shouldStopFollowingRedirectsAfterTheLimit() {
        assertEquals("too_many_redirects", assertThrows(FetchException.class,
                () -> fetcher(AddressPolicy.publicAndLoopback()).get(base + "/loop", null, null, 1000)).code());
    }

    @Test
    void shouldRefuseABodyOverTheLimitAndSchemesOtherThanHttp() {
        assertEquals("too_large", assertThrows(FetchException.class,
                () -> fetcher(AddressPolicy.publicAndLoopback()).get(base + "/big", null, null, 100_000)).code());
        assertEquals("blocked_scheme", assertThrows(FetchException.class,
                () -> fetcher(AddressPolicy.publicAndLoopback()).get("file:///etc/passwd", null, null, 1000)).code());
        assertEquals("blocked_scheme", assertThrows(FetchException.class,
                () -> fetcher(AddressPolicy.publicAndLoopback()).get("gopher://127.0.0.1:70/", null, null, 1000)).code());
    }
}
