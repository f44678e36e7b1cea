package dev.khabar.functions.reindex;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.NotFoundException;
import dev.khabar.lambda.HttpApiRequest;
import dev.khabar.lambda.HttpApiResponses;
import dev.khabar.lambda.RequestLog;
import dev.khabar.reindex.ReindexRequestReader;
import dev.khabar.reindex.ReindexStarter;

import java.util.Map;

/** {@code POST /reindex}: validates the mode and hands the work to the reindex function; 202 at once. */
public final class ReindexApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ReindexStarter starter;
    private final ReindexRequestReader reader;
    private final HttpApiResponses responses;

    public ReindexApiHandler() {
        this(Container.JSON, Container.STARTER);
    }

    public ReindexApiHandler(ObjectMapper json, ReindexStarter starter) {
        this.starter = starter;
        this.reader = new ReindexRequestReader(json);
        this.responses = new HttpApiResponses(json, new RequestLog(json, System.out, "reindex-api"));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpApiRequest request = new HttpApiRequest(event);
        return responses.guard(request, () -> {
            if (!"POST /reindex".equals(request.routeKey())) {
                throw new NotFoundException("route_not_found", "No route " + request.method() + " " + request.path() + ".");
            }
            String mode = reader.mode(request.bodyBytes());
            starter.start(mode);
            return responses.json(202, Map.of("mode", mode, "status", "started"));
        });
    }

    private static final class Container {
        static final ObjectMapper JSON = JsonMappers.create();
        static final ReindexStarter STARTER = LambdaReindexStarter.fromEnvironment(JSON);
    }
}
