package dev.khabar.functions.feeds;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Doors;
import dev.khabar.aws.Wiring;
import dev.khabar.feeds.FeedPoller;

import java.util.List;

/** Run by the EventBridge schedule: polls every feed once and logs one line per feed. */
public final class FeedPollHandler implements RequestHandler<ScheduledEvent, List<FeedPoller.Run>> {
    private final Doors doors;

    /** The Lambda runtime's constructor: services are wired once per container. */
    public FeedPollHandler() {
        this(Container.DOORS);
    }

    public FeedPollHandler(Doors doors) {
        this.doors = doors;
    }

    @Override
    public List<FeedPoller.Run> handleRequest(ScheduledEvent event, Context context) {
        List<FeedPoller.Run> runs = doors.feedPoller().pollAll();
        for (FeedPoller.Run run : runs) {
            ObjectNode line = doors.services().json().valueToTree(run);
            line.put("level", "error".equals(run.status()) ? "WARN" : "INFO").put("function", "feed-poll");
            System.out.println(line);
        }
        return runs;
    }

    private static final class Container {
        // Built at construction: what this function's requests use, and only that.
        static final Doors DOORS = ready(Wiring.doorsFromEnvironment());

        private static Doors ready(Doors doors) {
            doors.feedPoller();
            return doors;
        }
    }
}
