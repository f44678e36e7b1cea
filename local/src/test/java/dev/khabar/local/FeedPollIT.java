package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.khabar.aws.Doors;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.feeds.AddressPolicy;
import dev.khabar.feeds.FeedPoller;
import dev.khabar.feeds.FetchPolicy;
import dev.khabar.functions.feeds.FeedPollHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds served by a local HTTP server (Arabic RSS with an ETag, English Atom without validators),
 * managed through the API and polled by the scheduled handler against the real stores.
 */
class FeedPollIT {
    private static TestStack stack;
    private static HttpServer site;
    private static LocalFront front;
    private static Doors doors;
    private static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/", FeedPollIT::serve);
        site.start();
        // Loopback is allowed here because the test says so; the default policy refuses it (see below).
        doors = stack.stack().doors(FetchPolicy.defaults().with(AddressPolicy.publicAndLoopback(), Duration.ZERO));
        front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(doors), doors.services().json()).start();
    }

    @AfterAll
    static void stop() {
        front.close();
        site.stop(0);
        stack.close();
    }

    private static void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String body;
        String type = "text/html; charset=utf-8";
        switch (path) {
            case "/rss/local.xml" -> {
                if ("\"alyaum-42\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders().set("ETag", "\"alyaum-42\"");
                type = "application/rss+xml; charset=utf-8";
                body = """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>اليوم - محليات</title><link>%s/</link>
                        <item><title>أمطار غزيرة على الأحساء</title><link>%s/articles/6082211?utm_source=rss</link><guid>alyaum-6082211</guid>
                          <pubDate>Tue, 21 Jul 2015 08:30:00 +0300</pubDate></item>
                        <item><title>افتتاح مركز صحي في الخبر</title><link>%s/articles/6082212</link><guid>alyaum-6082212</guid></item>
                        </channel></rss>""".formatted(base, base, base);
            }
            case "/atom/world.xml" -> {
                type = "application/atom+xml; charset=utf-8";
                body = """
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
                        <entry><title>Ferry service resumes across the Bosphorus</title><id>tag:world,2026:1</id>
                          <link rel="alternate" href="%s/world/bosphorus-ferries"/><updated>2026-03-02T10:00:00Z</updated></entry>
                        </feed>""".formatted(base);
            }
            case "/articles/6082211" -> body = page("ar", "أمطار غزيرة على الأحساء", base + "/articles/6082211", "2015-07-21T08:30:00+03:00",
                    "شهدت محافظة الأحساء مساء أمس أمطارا غزيرة صاحبتها رياح نشطة أدت إلى تجمع المياه في عدد من الشوارع.",
                    "وباشرت فرق الدفاع المدني والأمانة سحب المياه من الأنفاق والطرق الرئيسية دون تسجيل إصابات.");
            case "/articles/6082212" -> body = page("ar", "افتتاح مركز صحي في الخبر", base + "/articles/6082212", "2015-07-22T10:00:00+03:00",
                    "افتتح مدير الشؤون الصحية بالمنطقة الشرقية مركزا صحيا جديدا في حي الراكة بمدينة الخبر لخدمة أكثر من عشرين ألف نسمة.",
                    "ويضم المركز عيادات للطب العام وطب الأسرة والأسنان إضافة إلى مختبر وصيدلية.");
            case "/world/bosphorus-ferries" -> body = page("en", "Ferry service resumes across the Bosphorus", null, null,
                    "Ferries resumed crossings between the European and Asian shores of Istanbul on Monday after a week of storms.",
                    "The city's transport authority said extra sailings would run during the evening rush hour.");
            default -> {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String page(String lang, String title, String canonical, String published, String p1, String p2) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>" + title + "</title>"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + p1 + "</p><p>" + p2
                + "</p></article><footer><p>All rights reserved to the publisher of this page, 2026.</p></footer></body></html>";
    }

    private TestStack.Reply post(String path, String json) throws Exception {
        return stack.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private TestStack.Reply call(String method, String path) throws Exception {
        return stack.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void shouldPollFeedsOnScheduleAndFetchNothingNewTheSecondTime() throws Exception {
        TestStack.Reply rss = post("/feeds", "{\"url\":\"" + base + "/rss/local.xml\",\"title\":\"اليوم - محليات\"}");
        assertEquals(201, rss.status(), rss.text());
        assertEquals(200, post("/feeds", "{\"url\":\"" + base + "/rss/local.xml\"}").status(), "adding a feed again is idempotent");
        assertEquals(201, post("/feeds", "{\"url\":\"" + base + "/atom/world.xml\"}").status());

        List<FeedPoller.Run> first = new FeedPollHandler(doors).handleRequest(new ScheduledEvent(), new LocalContext("it", "feed-poll"));
        assertEquals(3, first.stream().mapToInt(FeedPoller.Run::created).sum(), first.toString());
        assertEquals(1, hits.get("/articles/6082211").get());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("الأحساء", StandardCharsets.UTF_8));
        assertEquals(1, found.json().path("total").asInt(), found.text());
        assertEquals(base + "/articles/6082211", found.json().path("hits").path(0).path("url").asText());
        assertEquals(1, stack.get("/search?q=Bosphorus+ferries").json().path("total").asInt());

        List<FeedPoller.Run> second = new FeedPollHandler(doors).handleRequest(new ScheduledEvent(), new LocalContext("it", "feed-poll"));
        assertEquals(0, second.stream().mapToInt(FeedPoller.Run::newItems).sum(), second.toString());
        assertTrue(second.stream().anyMatch(r -> r.status().equals("not_modified")), "the RSS feed answered 304 to its ETag");
        assertEquals(1, hits.get("/articles/6082211").get(), "no page was fetched again");
        assertEquals(1, hits.get("/world/bosphorus-ferries").get(), "the Atom feed has no validators, but its entry was seen");
        assertEquals(2, hits.get("/atom/world.xml").get());

        JsonNode listed = call("GET", "/feeds").json().path("feeds");
        JsonNode state = null;
        for (JsonNode f : listed) {
            if (f.path("url").asText().endsWith("/rss/local.xml")) {
                state = f;
            }
        }
        assertEquals("\"alyaum-42\"", state.path("etag").asText());
        assertEquals(2, state.path("runs").asInt());
        assertEquals(2, state.path("articlesCreated").asInt());
        assertEquals("not_modified", state.path("lastStatus").asText());
    }

    @Test
    void shouldRefuseAFeedOnTheMetadataAddressAndLoopbackUnderTheDefaultPolicy() throws Exception {
        TestStack.Reply metadata = post("/feeds", "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");
        assertEquals(400, metadata.status());
        assertEquals("blocked_url", metadata.json().path("error").path("code").asText());

        Doors strict = stack.stack().doors();
        assertEquals("blocked_url", assertThrows(InvalidInputException.class, () -> strict.feeds().create(
                ("{\"url\":\"" + base + "/atom/world.xml\"}").getBytes(StandardCharsets.UTF_8))).code(), "a literal loopback address");
        // A host name is only known to be loopback after DNS: the fetch refuses it.
        String byName = base.replace("127.0.0.1", "localhost") + "/atom/world.xml";
        String id = strict.feeds().create(("{\"url\":\"" + byName + "\"}").getBytes(StandardCharsets.UTF_8)).feed().id();
        FeedPoller.Run run = strict.feedPoller().poll(strict.feeds().list().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow());
        assertEquals("error", run.status());
        assertEquals("blocked_address", run.error());
        strict.feeds().delete(id);
    }

    @Test
    void shouldDeleteAFeedAndAnswer404ForAnUnknownOne() throws Exception {
        String id = post("/feeds", "{\"url\":\"https://www.okaz.com.sa/rss/local.xml\"}").json().path("id").asText();
        assertEquals(204, call("DELETE", "/feeds/" + id).status());
        TestStack.Reply again = call("DELETE", "/feeds/" + id);
        assertEquals(404, again.status());
        assertEquals("feed_not_found", again.json().path("error").path("code").asText());
        assertEquals(400, post("/feeds", "{\"url\":\"ftp://example.org/feed\"}").status());
    }
}
