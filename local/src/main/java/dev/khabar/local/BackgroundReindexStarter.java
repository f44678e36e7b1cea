package dev.khabar.local;

import dev.khabar.reindex.Reindexer;
import dev.khabar.reindex.ReindexStarter;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The local stand-in for an asynchronous Lambda invocation: one reindex at a time, in the background. */
public final class BackgroundReindexStarter implements ReindexStarter {
    private final Reindexer reindexer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "khabar-reindex");
        t.setDaemon(true);
        return t;
    });

    public BackgroundReindexStarter(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public void start(String mode) {
        worker.submit(() -> {
            Reindexer.Report report = switch (mode) {
                case "pending" -> reindexer.pending();
                case "reextract" -> reindexer.reextract();
                default -> reindexer.rebuild();
            };
            System.out.println("{\"level\":\"INFO\",\"message\":\"reindex done\",\"report\":\"" + report + "\"}");
        });
    }
}
