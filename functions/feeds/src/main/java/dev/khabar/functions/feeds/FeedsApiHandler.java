package dev.khabar.functions.feeds;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.khabar.aws.Doors;
import dev.khabar.aws.Wiring;
import dev.khabar.errors.NotFoundException;
import dev.khabar.feeds.FeedService;
import dev.khabar.lambda.HttpApiRequest;
import dev.khabar.lambda.HttpApiResponses;
import dev.khabar.lambda.RequestLog;

import java.util.Map;

/** Feed management routes: {@code POST /feeds}, {@code GET /feeds}, {@code DELETE /feeds/{id}}. */
public final class FeedsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Doors doors;
    private final HttpApiResponses responses;

    /** The Lambda runtime's constructor: services are wired once per container. */
    public FeedsApiHandler() {
        this(Container.DOORS);
    }

    public FeedsApiHandler(Doors doors) {
        this.doors = doors;
        this.responses = new HttpApiResponses(doors.services().json(), new RequestLog(doors.services().json(), System.out, "feeds-api"));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpApiRequest request = new HttpApiRequest(event);
        return responses.guard(request, () -> switch (request.routeKey()) {
            case "POST /feeds" -> {
                FeedService.Created created = doors.feeds().create(request.bodyBytes());
                yield responses.json(created.created() ? 201 : 200, created.feed());
            }
            case "GET /feeds" -> responses.json(200, Map.of("feeds", doors.feeds().list()));
            case "DELETE /feeds/{id}" -> {
                doors.feeds().delete(request.pathParameter("id"));
                yield APIGatewayV2HTTPResponse.builder().withStatusCode(204).build();
            }
            default -> throw new NotFoundException("route_not_found", "No route " + request.method() + " " + request.path() + ".");
        });
    }

    private static final class Container {
        // Built at construction: what this function's requests use, and only that.
        static final Doors DOORS = ready(Wiring.doorsFromEnvironment());

        private static Doors ready(Doors doors) {
            doors.feeds();
            return doors;
        }
    }
}
