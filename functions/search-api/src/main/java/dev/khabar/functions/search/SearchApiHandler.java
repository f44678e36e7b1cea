package dev.khabar.functions.search;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Services;
import dev.khabar.aws.Wiring;
import dev.khabar.errors.NotFoundException;
import dev.khabar.ingest.ArticleIdentity;
import dev.khabar.lambda.ArticleView;
import dev.khabar.lambda.ExportBody;
import dev.khabar.lambda.HttpApiRequest;
import dev.khabar.lambda.HttpApiResponses;
import dev.khabar.lambda.PrimingRequests;
import dev.khabar.lambda.RequestLog;
import dev.khabar.lambda.SnapStartPriming;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleRecord;
import dev.khabar.store.HealthCheck;

import java.util.Map;

/**
 * Read routes: {@code GET /search}, {@code /timeline}, {@code /export}, {@code /entities},
 * {@code /entities/{id}}, {@code /entities/{id}/articles}, {@code /articles/{id}}, {@code /health},
 * {@code /openapi.json}.
 */
public final class SearchApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final int MAX_EXPORT_ROWS = 10_000;
    private final Services services;
    private final HttpApiResponses responses;
    private final OpenApiDescription openApi;

    public SearchApiHandler() {
        this(Container.SERVICES, Container.OPEN_API);
    }

    /** Serves the description as a public deployment would (the local front, tests). */
    public SearchApiHandler(Services services) {
        this(services, OpenApiDescription.fromClasspath(services.json(), OpenApiDescription.ReadAccess.PUBLIC));
    }

    public SearchApiHandler(Services services, OpenApiDescription openApi) {
        this.services = services;
        this.openApi = openApi;
        this.responses = new HttpApiResponses(services.json(), new RequestLog(services.json(), System.out, "search-api"));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpApiRequest request = new HttpApiRequest(event);
        return responses.guard(request, () -> switch (request.routeKey()) {
            case "GET /search" -> responses.json(200, services.search().search(request::query));
            case "GET /timeline" -> responses.json(200, services.search().timeline(request::query));
            case "GET /export" -> export(request);
            case "GET /entities" -> responses.json(200, java.util.Map.of("entities",
                    services.search().suggestEntities(request.query("prefix"))));
            case "GET /entities/{id}" -> responses.json(200, services.search().entity(request.pathParameter("id")));
            case "GET /entities/{id}/articles" -> responses.json(200,
                    services.search().entityArticles(request.pathParameter("id"), request::query));
            case "GET /articles/{id}" -> article(request.pathParameter("id"));
            case "GET /health" -> health();
            case "GET /openapi.json" -> responses.rawJson(200, openApi.json());
            default -> throw new NotFoundException("route_not_found", "No route " + request.method() + " " + request.path() + ".");
        });
    }

    /** Lambda buffers the whole response (6 MB payload limit), so an export stops at a row cap and says so. */
    private APIGatewayV2HTTPResponse export(HttpApiRequest request) {
        ExportBody body = new ExportBody(services.json(), request.query("format"));
        services.search().export(request::query, MAX_EXPORT_ROWS, body);
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        headers.put("content-type", body.contentType());
        headers.put("x-content-type-options", "nosniff");
        headers.put("cache-control", "no-store");
        headers.put("x-khabar-export-rows", Long.toString(body.rows()));
        if (body.truncatedAt() >= 0) {
            headers.put("x-khabar-export-truncated", "true");
            headers.put("x-khabar-export-total", Long.toString(body.truncatedAt()));
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(body.body()).build();
    }

    /**
     * Reads only: the description, each store's health, a search and an article that does not exist,
     * so the snapshot holds the clients' request paths and the JSON mapping of every answer.
     */
    public void prime() {
        handleRequest(PrimingRequests.get("GET /openapi.json", "/openapi.json", null, null), null);
        handleRequest(PrimingRequests.get("GET /health", "/health", null, null), null);
        handleRequest(PrimingRequests.get("GET /search", "/search", Map.of("q", "priming", "size", "1"), null), null);
        handleRequest(PrimingRequests.get("GET /articles/{id}", "/articles/0000000000000000", null,
                Map.of("id", "0000000000000000")), null);
    }

    private APIGatewayV2HTTPResponse article(String id) {
        if (!ArticleIdentity.isWellFormed(id)) {
            throw new NotFoundException("article_not_found", "No article with that id.");
        }
        ArticleRecord record = services.records().get(id)
                .orElseThrow(() -> new NotFoundException("article_not_found", "No article with that id."));
        Article article = services.archive().getEnriched(id)
                .orElseThrow(() -> new NotFoundException("article_not_found", "No article with that id."));
        return responses.json(200, ArticleView.of(article, record.indexState(), null));
    }

    private APIGatewayV2HTTPResponse health() {
        ObjectNode body = services.json().createObjectNode();
        ObjectNode deps = body.putObject("dependencies");
        boolean allUp = true;
        for (HealthCheck check : services.health()) {
            boolean up = check.isUp();
            allUp &= up;
            deps.put(check.name(), up ? "up" : "down");
        }
        body.put("status", allUp ? "ok" : "degraded");
        return responses.json(200, body);
    }

    private static final class Container {
        // What GET /search uses is built here, at construction; the S3 and DynamoDB clients wait for
        // the routes that read them (/articles/{id}, /health) and the ingest pipeline is never built.
        static final Services SERVICES = searchReady(Wiring.fromEnvironment());
        static final OpenApiDescription OPEN_API = OpenApiDescription.fromClasspath(SERVICES.json(),
                OpenApiDescription.ReadAccess.of(System.getenv("KHABAR_READ_ACCESS")));
        // Held here because checkpoint contexts hold their resources weakly.
        static final SnapStartPriming PRIMING = new SnapStartPriming("search-api",
                () -> new SearchApiHandler(SERVICES, OPEN_API).prime(), System.out).register();

        private static Services searchReady(Services services) {
            services.search();
            return services;
        }
    }
}
