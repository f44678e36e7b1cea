package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The local stand-in for the EventBridge schedule: the same ScheduledEvent, to the same handler, every period. */
public final class FeedSchedule implements AutoCloseable {
    private final RequestHandler<ScheduledEvent, ?> handler;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-schedule");
        t.setDaemon(true);
        return t;
    });

    public FeedSchedule(RequestHandler<ScheduledEvent, ?> handler) {
        this.handler = handler;
    }

    public FeedSchedule start(long periodSeconds) {
        timer.scheduleWithFixedDelay(this::fire, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        return this;
    }

    void fire() {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setRegion("us-east-1");
        event.setResources(List.of("arn:aws:events:us-east-1:000000000000:rule/khabar-feed-poll"));
        try {
            handler.handleRequest(event, new LocalContext(event.getId(), "feed-poll"));
        } catch (RuntimeException e) {
            System.out.println("{\"level\":\"ERROR\",\"function\":\"feed-poll\",\"failure\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
