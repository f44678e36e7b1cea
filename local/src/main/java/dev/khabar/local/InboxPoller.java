package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.khabar.inbox.InboxKeys;
import dev.khabar.store.InboxFiles;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy sends no bucket notifications, so locally this stands in for them: it lists {@code inbox/}
 * and hands each new file to the same handler, in the same S3 event shape, that S3 would invoke. A
 * file stays in the inbox until the handler moves it; a failed run is retried on a later tick, as
 * Lambda retries a failed asynchronous invocation.
 */
public final class InboxPoller implements AutoCloseable {
    private final InboxFiles files;
    private final String bucket;
    private final RequestHandler<S3Event, ?> handler;
    private static final int MAX_ATTEMPTS = 3;
    /** S3Proxy's filesystem store lists an upload under "key-UUID" until it completes; S3 never shows those. */
    private static final java.util.regex.Pattern UPLOAD_IN_PROGRESS =
            java.util.regex.Pattern.compile("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "inbox-poller"));
    private final ExecutorService invocations = Executors.newFixedThreadPool(2, r -> daemon(r, "inbox-invocation"));

    public InboxPoller(InboxFiles files, String bucket, RequestHandler<S3Event, ?> handler) {
        this.files = files;
        this.bucket = bucket;
        this.handler = handler;
    }

    public InboxPoller start(long periodMillis) {
        ticks.scheduleWithFixedDelay(this::tick, 0, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    void tick() {
        try {
            for (String key : files.list(InboxKeys.INBOX, 1000)) {
                if (InboxKeys.isInbox(key) && !UPLOAD_IN_PROGRESS.matcher(key).find() && failures.getOrDefault(key, 0) < MAX_ATTEMPTS && inFlight.add(key)) {
                    invocations.submit(() -> invoke(key));
                }
            }
        } catch (RuntimeException e) {
            System.out.println("{\"level\":\"WARN\",\"function\":\"inbox-poller\",\"failure\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    private void invoke(String key) {
        try {
            handler.handleRequest(S3Events.objectCreated(bucket, key, -1), new LocalContext(UUID.randomUUID().toString(), "inbox"));
            failures.remove(key);
        } catch (RuntimeException e) {
            // Like Lambda's asynchronous retries: a few more attempts, then the file waits in the inbox.
            failures.merge(key, 1, Integer::sum);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.out.println("{\"level\":\"ERROR\",\"function\":\"inbox\",\"failure\":\"" + e.getClass().getSimpleName()
                    + (e instanceof dev.khabar.errors.DependencyUnavailableException d ? " " + d.dependency() : "")
                    + "\",\"cause\":\"" + root.getClass().getSimpleName() + "\"}");
        } finally {
            inFlight.remove(key);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        invocations.shutdownNow();
    }
}
