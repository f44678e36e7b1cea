package dev.khabar.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.Map;

/** Synthetic HTTP API events for priming: shaped like API Gateway's, marked with request id "priming". */
public final class PrimingRequests {
    private PrimingRequests() {
    }

    public static APIGatewayV2HTTPEvent get(String routeKey, String path, Map<String, String> query, Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent event = event("GET", routeKey, path);
        event.setQueryStringParameters(query);
        event.setPathParameters(pathParameters);
        return event;
    }

    public static APIGatewayV2HTTPEvent post(String routeKey, String path, String contentType, String body) {
        APIGatewayV2HTTPEvent event = event("POST", routeKey, path);
        event.setHeaders(Map.of("content-type", contentType));
        event.setBody(body);
        return event;
    }

    private static APIGatewayV2HTTPEvent event(String method, String routeKey, String path) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setRequestId("priming");
        context.setHttp(http);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRequestContext(context);
        event.setRouteKey(routeKey);
        event.setRawPath(path);
        return event;
    }
}
