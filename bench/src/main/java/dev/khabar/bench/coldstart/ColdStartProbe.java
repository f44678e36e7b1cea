package dev.khabar.bench.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

import java.util.List;
import java.util.Map;

/**
 * Runs in a fresh JVM whose class path is one function's zip (plus this class): constructs the
 * handler the way the Lambda runtime does (no-argument constructor, so the per-container wiring runs)
 * and sends it one request, then a second. Prints one line of timings for the parent to collect.
 * Uses nothing but the JDK and what the zip holds, so what it loads is what the function loads.
 *
 * <p>Arguments: handler class, request kind ({@code search}, {@code ingest}, {@code feeds},
 * {@code feed-poll}, {@code inbox}, {@code reindex}, {@code reindex-api}), run number, and
 * {@code prime} to run the handler's SnapStart priming between construction and the first call, as
 * a restored snapshot would have it.
 */
public final class ColdStartProbe {
    /** Printed the moment the first invocation returns: the parent's clock for the cold start stops there. */
    static final String ANSWERED = "FIRST_ANSWERED";
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) type.getConstructor().newInstance();
        long constructed = System.nanoTime();
        if (args.length > 3 && args[3].equals("prime")) {
            type.getMethod("prime").invoke(handler);
        }
        long primed = System.nanoTime();
        Object first = handler.handleRequest(event(args[1], args[2], 1), null);
        long firstDone = System.nanoTime();
        System.out.println(ANSWERED);
        System.out.flush();
        Object second = handler.handleRequest(event(args[1], args[2], 2), null);
        long secondDone = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.println("PROBE construct_ms=" + ms(start, constructed) + " prime_ms=" + ms(constructed, primed)
                + " first_ms=" + ms(primed, firstDone) + " second_ms=" + ms(firstDone, secondDone)
                + " status=" + status(first) + "," + status(second)
                + " heap_mb=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        // The SDK and the OpenSearch client keep non-daemon threads; a Lambda container is frozen, not exited.
        System.exit(0);
    }

    private static double ms(long from, long to) {
        return Math.round((to - from) / 10_000.0) / 100.0;
    }

    private static String status(Object answer) {
        return answer instanceof APIGatewayV2HTTPResponse r ? String.valueOf(r.getStatusCode()) : "done";
    }

    /** The event each function gets from its trigger; an inbox file is put there by the parent before the run. */
    private static Object event(String kind, String run, int call) {
        return switch (kind) {
            case "feed-poll" -> new ScheduledEvent();
            case "reindex" -> Map.of("mode", "pending");
            case "inbox" -> s3Event(System.getenv("KHABAR_BUCKET"), inboxKey(run, call));
            default -> request(kind, run, call);
        };
    }

    /** Where the parent puts the inbox file for a run's call. */
    public static String inboxKey(String run, int call) {
        return "inbox/coldstart/" + run + "-" + call + ".jsonl";
    }

    private static S3Event s3Event(String bucket, String key) {
        S3EventNotification.S3BucketEntity b = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("coldstart"), "arn:aws:s3:::" + bucket);
        S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity(key, -1L, null, null, null);
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                java.time.Instant.now().toString(), "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("coldstart", "coldstart"),
                new S3EventNotification.S3Entity("khabar-inbox", b, object, "1.0"), new S3EventNotification.UserIdentityEntity("coldstart"))));
    }

    private static APIGatewayV2HTTPEvent request(String kind, String run, int call) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setRequestId("coldstart-" + run + "-" + call);
        context.setHttp(http);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRequestContext(context);
        switch (kind) {
            case "search" -> {
                http.setMethod("GET");
                event.setRouteKey("GET /search");
                event.setRawPath("/search");
                event.setQueryStringParameters(Map.of("q", call == 1 ? "السفارة الأمريكية" : "Ankara defence talks"));
            }
            case "ingest" -> {
                http.setMethod("POST");
                event.setRouteKey("POST /articles");
                event.setRawPath("/articles");
                event.setHeaders(Map.of("content-type", "application/json"));
                // A new URL each run, so every first call archives and indexes a new article.
                event.setBody("{\"title\":\"Egypt and Türkiye sign a trade protocol\",\"body\":\"Cairo and Ankara signed a protocol "
                        + "on Monday to lift bilateral trade to fifteen billion dollars, officials from both ministries said. "
                        + "وقّعت القاهرة وأنقرة بروتوكولاً لرفع التبادل التجاري.\",\"url\":\"https://news.example.org/economy/"
                        + "egypt-turkiye-trade-" + run + "-" + System.nanoTime() + "-" + call + "\",\"language\":\"en\"}");
            }
            case "feeds" -> {
                http.setMethod("GET");
                event.setRouteKey("GET /feeds");
                event.setRawPath("/feeds");
            }
            case "reindex-api" -> {
                // A mode the function refuses: starting a real reindex would need another function to invoke.
                http.setMethod("POST");
                event.setRouteKey("POST /reindex");
                event.setRawPath("/reindex");
                event.setHeaders(Map.of("content-type", "application/json"));
                event.setBody("{\"mode\":\"everything-at-once\"}");
            }
            default -> throw new IllegalArgumentException("unknown request kind " + kind);
        }
        return event;
    }
}
