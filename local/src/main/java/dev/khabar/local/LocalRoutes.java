package dev.khabar.local;

import dev.khabar.aws.Services;
import dev.khabar.functions.ingest.IngestApiHandler;
import dev.khabar.functions.search.SearchApiHandler;

import java.util.List;

/** The route table of template.yaml's HTTP API, served by the same handler classes. */
public final class LocalRoutes {
    private LocalRoutes() {
    }

    public static List<Route> of(Services services) {
        IngestApiHandler ingest = new IngestApiHandler(services);
        SearchApiHandler search = new SearchApiHandler(services);
        return List.of(
                new Route("POST", "/articles", ingest),
                new Route("POST", "/articles:batch", ingest),
                new Route("GET", "/articles/{id}", search),
                new Route("GET", "/search", search),
                new Route("GET", "/health", search));
    }
}
