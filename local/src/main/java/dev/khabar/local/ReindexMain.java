package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.functions.reindex.ReindexHandler;
import dev.khabar.reindex.Reindexer;

import java.util.Map;
import java.util.UUID;

/** {@code ./khabar reindex [--pending|--reextract]}: invokes the reindex function against the running stack. */
public final class ReindexMain {
    private ReindexMain() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "full" : switch (args[0]) {
            case "--pending" -> "pending";
            case "--reextract" -> "reextract";
            case "--full" -> "full";
            default -> {
                System.err.println("usage: ./khabar reindex [--pending | --reextract]");
                System.exit(2);
                yield null;
            }
        };
        LocalStack stack = new LocalStack(AppConfig.from(System.getenv()));
        long start = System.nanoTime();
        Reindexer.Report report = new ReindexHandler(stack.doors())
                .handleRequest(Map.of("mode", mode), new LocalContext(UUID.randomUUID().toString(), "reindex"));
        System.err.printf("reindex %s: %,d considered, %,d indexed, %,d duplicates skipped, %,d failed%s in %.1f s%n",
                report.mode(), report.considered(), report.indexed(), report.skipped(), report.failed(),
                report.to() == null ? "" : " (" + report.from() + " -> " + report.to() + ")", (System.nanoTime() - start) / 1e9);
        System.exit(report.failed() == 0 ? 0 : 1);
    }
}
