package dev.khabar.local;

import dev.khabar.aws.Doors;
import dev.khabar.aws.Services;
import dev.khabar.functions.feeds.FeedsApiHandler;
import dev.khabar.functions.ingest.IngestApiHandler;
import dev.khabar.functions.reindex.ReindexApiHandler;
import dev.khabar.functions.search.SearchApiHandler;

import java.util.ArrayList;
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
                new Route("POST", "/analyze", ingest),
                new Route("POST", "/articles:batch", ingest),
                new Route("GET", "/articles/{id}", search),
                new Route("GET", "/search", search),
                new Route("GET", "/timeline", search),
                new Route("GET", "/export", search),
                new Route("GET", "/entities", search),
                new Route("GET", "/entities/{id}", search),
                new Route("GET", "/entities/{id}/articles", search),
                new Route("GET", "/health", search),
                new Route("GET", "/openapi.json", search));
    }

    /** Every route, the feed routes included. */
    public static List<Route> of(Doors doors) {
        List<Route> routes = new ArrayList<>(of(doors.services()));
        FeedsApiHandler feeds = new FeedsApiHandler(doors);
        routes.add(new Route("POST", "/feeds", feeds));
        routes.add(new Route("GET", "/feeds", feeds));
        routes.add(new Route("DELETE", "/feeds/{id}", feeds));
        routes.add(new Route("POST", "/reindex", new ReindexApiHandler(doors.services().json(), new BackgroundReindexStarter(doors.reindexer()))));
        return routes;
    }
}
