package dev.khabar.functions.inbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Doors;
import dev.khabar.aws.Wiring;
import dev.khabar.inbox.InboxKeys;
import dev.khabar.inbox.InboxReport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * S3 door of the ingest pipeline: one ObjectCreated event per file dropped under {@code inbox/}.
 * A failure (a store down) fails the invocation, so Lambda retries it; ids are deterministic, so a
 * retried file only finds duplicates of what the first attempt already wrote.
 */
public final class InboxHandler implements RequestHandler<S3Event, String> {
    private final Doors doors;

    /** The Lambda runtime's constructor: services are wired once per container. */
    public InboxHandler() {
        this(Container.DOORS);
    }

    public InboxHandler(Doors doors) {
        this.doors = doors;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        ArrayNode files = doors.services().json().createArrayNode();
        for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
            // Event keys are URL-encoded, with '+' for spaces.
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            if (!InboxKeys.isInbox(key)) {
                continue;
            }
            InboxReport report = doors.inbox().process(key);
            ObjectNode line = files.addObject();
            line.put("file", report.getFile()).put("created", report.getCreated()).put("duplicates", report.getDuplicates())
                    .put("rejected", report.getRejected()).put("pending", report.getPending());
        }
        ObjectNode log = doors.services().json().createObjectNode();
        log.put("level", "INFO").put("function", "inbox").put("requestId", context == null ? "local" : context.getAwsRequestId());
        log.set("files", files);
        System.out.println(log);
        return files.toString();
    }

    private static final class Container {
        // Built at construction: what this function's requests use, and only that.
        static final Doors DOORS = ready(Wiring.doorsFromEnvironment());

        private static Doors ready(Doors doors) {
            doors.inbox();
            return doors;
        }
    }
}
