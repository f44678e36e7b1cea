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
import dev.khabar.lambda.ArticleView;
import dev.khabar.lambda.BatchView;
import dev.khabar.lambda.HttpApiRequest;
import dev.khabar.lambda.HttpApiResponses;
import dev.khabar.lambda.RequestLog;
import dev.khabar.model.ArticleInput;

/** HTTP door of the ingest pipeline: {@code POST /articles} and {@code POST /articles:batch}. */
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
            if (!"POST /articles".equals(request.routeKey())) {
                throw new NotFoundException("route_not_found", "No route " + request.method() + " " + request.path() + ".");
            }
            byte[] body = request.bodyBytes();
            String contentType = request.header("content-type");
            ArticleInput input = services.requestReader().read(contentType, body);
            IngestResult result = services.pipeline().ingest(input, new RawInput(body, contentType, "http"));
            return responses.json(result.created() ? 201 : 200, ArticleView.of(result.article(), result.indexState(), result.created()));
        });
    }

    private static final class Container {
        static final Services SERVICES = Wiring.fromEnvironment();
    }
}
