package dev.khabar.functions.reindex;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.khabar.aws.Doors;
import dev.khabar.aws.Wiring;
import dev.khabar.reindex.Reindexer;

import java.util.Map;

/**
 * Rebuilds the search index from the archive. Invoked directly (or on a schedule for the pending
 * repair) with {@code {"mode":"full"|"pending"|"reextract"}}; full is the default.
 */
public final class ReindexHandler implements RequestHandler<Map<String, Object>, Reindexer.Report> {
    private final Doors doors;

    /** The Lambda runtime's constructor: services are wired once per container. */
    public ReindexHandler() {
        this(Container.DOORS);
    }

    public ReindexHandler(Doors doors) {
        this.doors = doors;
    }

    @Override
    public Reindexer.Report handleRequest(Map<String, Object> event, Context context) {
        Object mode = event == null ? null : event.get("mode");
        Reindexer.Report report = switch (mode == null ? "full" : mode.toString()) {
            case "pending" -> doors.reindexer().pending();
            case "reextract" -> doors.reindexer().reextract();
            case "full" -> doors.reindexer().rebuild();
            default -> throw new IllegalArgumentException("mode must be full, pending or reextract");
        };
        System.out.println(doors.services().json().valueToTree(report).toString());
        return report;
    }

    private static final class Container {
        // Built at construction: what this function's requests use, and only that.
        static final Doors DOORS = ready(Wiring.doorsFromEnvironment());

        private static Doors ready(Doors doors) {
            doors.reindexer();
            return doors;
        }
    }
}
