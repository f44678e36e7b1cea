package dev.khabar.bench.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.Map;

/**
 * Runs in a fresh JVM whose class path is one function's zip (plus this class): constructs the
 * handler the way the Lambda runtime does (no-argument constructor, so the per-container wiring runs)
 * and sends it one request, then a second. Prints one line of timings for the parent to collect.
 * Uses nothing but the JDK and what the zip holds, so what it loads is what the function loads.
 *
 * <p>Arguments: handler class, request kind ({@code search} or {@code ingest}), run number, and
 * {@code prime} to run the handler's SnapStart priming between construction and the first call, as
 * a restored snapshot would have it.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) type.getConstructor().newInstance();
        long constructed = System.nanoTime();
        if (args.length > 3 && args[3].equals("prime")) {
            type.getMethod("prime").invoke(handler);
        }
        long primed = System.nanoTime();
        APIGatewayV2HTTPResponse first = handler.handleRequest(request(args[1], args[2], 1), null);
        long firstDone = System.nanoTime();
        APIGatewayV2HTTPResponse second = handler.handleRequest(request(args[1], args[2], 2), null);
        long secondDone = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.println("PROBE construct_ms=" + ms(start, constructed) + " prime_ms=" + ms(constructed, primed)
                + " first_ms=" + ms(primed, firstDone) + " second_ms=" + ms(firstDone, secondDone)
                + " status=" + first.getStatusCode() + "," + second.getStatusCode()
                + " heap_mb=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        // The SDK and the OpenSearch client keep non-daemon threads; a Lambda container is frozen, not exited.
        System.exit(0);
    }

    private static double ms(long from, long to) {
        return Math.round((to - from) / 10_000.0) / 100.0;
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
            default -> throw new IllegalArgumentException("unknown request kind " + kind);
        }
        return event;
    }
}
