package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Doors;
import dev.khabar.aws.Services;
import dev.khabar.feeds.AddressPolicy;
import dev.khabar.feeds.FetchPolicy;
import dev.khabar.functions.feeds.FeedPollHandler;
import dev.khabar.functions.inbox.InboxHandler;

import java.util.Map;

/** Entry point of the local HTTP front: {@code java dev.khabar.local.LocalMain}, configured by environment. */
public final class LocalMain {
    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("KHABAR_HOST", "127.0.0.1");
        WriteGuard guard = WriteGuard.forBinding(host, env.get("KHABAR_API_KEY"));
        LocalStack stack = new LocalStack(AppConfig.from(env)).provision();
        // Fetching feeds from this machine (a feed served locally) must be asked for; it never is by default.
        boolean loopbackFeeds = "true".equals(env.get("KHABAR_FEEDS_ALLOW_LOOPBACK"));
        Doors doors = stack.doors(loopbackFeeds ? FetchPolicy.defaults().with(AddressPolicy.publicAndLoopback(),
                FetchPolicy.defaults().perHostInterval()) : FetchPolicy.defaults());
        Services services = doors.services();
        int port = Integer.parseInt(env.getOrDefault("KHABAR_PORT", "3000"));
        LocalFront front = new LocalFront(host, port, LocalRoutes.of(doors), services.json(), guard, webPage(env)).start();
        // S3Proxy sends no notifications: the poller delivers inbox files to the S3 handler instead.
        InboxPoller poller = new InboxPoller(stack.inboxFiles(), stack.config().bucket(), new InboxHandler(doors)).start(500);
        FeedSchedule schedule = new FeedSchedule(new FeedPollHandler(doors))
                .start(Long.parseLong(env.getOrDefault("KHABAR_FEED_POLL_SECONDS", "300")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            poller.close();
            schedule.close();
            front.close();
        }));
        System.out.println("{\"level\":\"INFO\",\"message\":\"local front listening\",\"url\":\"http://" + host + ":" + front.port() + "\"}");
        Thread.currentThread().join();
    }

    /** The web page from KHABAR_WEB_ROOT, else web/ in the working directory; none if absent. */
    private static StaticFiles webPage(Map<String, String> env) throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of(env.getOrDefault("KHABAR_WEB_ROOT", "web"));
        return java.nio.file.Files.isDirectory(root) ? new StaticFiles(root) : null;
    }
}
