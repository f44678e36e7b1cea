package dev.khabar.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.khabar.aws.Services;
import dev.khabar.aws.Wiring;
import dev.khabar.errors.NotFoundException;
import dev.khabar.ingest.BatchIngest;
import dev.khabar.ingest.BatchRequestReader;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.IngestResult;
import dev.khabar.ingest.RawInput;
import dev.khabar.lambda.AnalysisView;
import dev.khabar.lambda.ArticleView;
import dev.khabar.lambda.BatchView;
import dev.khabar.lambda.HttpApiRequest;
import dev.khabar.lambda.HttpApiResponses;
import dev.khabar.lambda.PrimingRequests;
import dev.khabar.lambda.RequestLog;
import dev.khabar.lambda.SnapStartPriming;
import dev.khabar.model.ArticleInput;
import dev.khabar.store.HealthCheck;

/**
 * HTTP door of the ingest pipeline: {@code POST /articles}, {@code POST /articles:batch}, and
 * {@code POST /analyze} (analysis only, nothing stored).
 */
public final class IngestApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Services services;
    private final HttpApiResponses responses;
    private final BatchIngest batch;

    /** The Lambda runtime's constructor: services are wired once per container. */
    public IngestApiHandler() {
        this(Container.SERVICES);
    }

    public IngestApiHandler(Services services) {
        this.services = services;
        this.responses = new HttpApiResponses(services.json(), new RequestLog(services.json(), System.out, "ingest-api"));
        this.batch = new BatchIngest(new BatchRequestReader(services.json(), services.requestReader(), IngestLimits.defaults()),
                services.pipeline());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpApiRequest request = new HttpApiRequest(event);
        return responses.guard(request, () -> {
            if ("POST /articles:batch".equals(request.routeKey())) {
                return responses.json(200, BatchView.of(batch.ingest(request.bodyBytes())));
            }
            byte[] body = request.bodyBytes();
            String contentType = request.header("content-type");
            if ("POST /analyze".equals(request.routeKey())) {
                ArticleInput input = services.requestReader().read(contentType, body);
                return responses.json(200, AnalysisView.of(services.analyze().analyze(input), services.analyze().version()));
            }
            if (!"POST /articles".equals(request.routeKey())) {
                throw new NotFoundException("route_not_found", "No route " + request.method() + " " + request.path() + ".");
            }
            ArticleInput input = services.requestReader().read(contentType, body);
            IngestResult result = services.pipeline().ingest(input, new RawInput(body, contentType, "http"));
            return responses.json(result.created() ? 201 : 200, ArticleView.of(result.article(), result.indexState(), result.created()));
        });
    }

    /**
     * Writes nothing: a request the validator refuses (reading and checking JSON and the raw text
     * format) and each store's health check, which sends one read through every client.
     */
    public void prime() {
        handleRequest(PrimingRequests.post("POST /articles", "/articles", "application/json",
                "{\"title\":\"Priming: a title without a body is refused before anything is stored\"}"), null);
        handleRequest(PrimingRequests.post("POST /articles", "/articles", "text/plain; charset=utf-8", ""), null);
        for (HealthCheck check : services.health()) {
            check.isUp();
        }
    }

    private static final class Container {
        // The pipeline first: it starts building the clients and the models side by side.
        static final Services SERVICES = ingestReady(Wiring.fromEnvironment());
        // Held here because checkpoint contexts hold their resources weakly.
        static final SnapStartPriming PRIMING = new SnapStartPriming("ingest-api",
                () -> new IngestApiHandler(SERVICES).prime(), System.out).register();

        private static Services ingestReady(Services services) {
            services.pipeline();
            return services;
        }
    }
}
