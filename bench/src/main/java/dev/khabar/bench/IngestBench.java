package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.JsonMappers;
import dev.khabar.local.SaudiNewsNet;

import java.util.List;
import java.util.Locale;

/**
 * {@code ./khabar bench ingest [--articles N]}: SaudiNewsNet articles (read in place from the shared
 * data, never copied into the repository) through both ingest doors beside a raw {@code _bulk}, with
 * the CPU each process spent: see {@link IngestMeasurement}.
 */
public final class IngestBench implements BenchMain.Bench {
    private final ObjectMapper json = JsonMappers.create();

    @Override
    public void run(String[] args) throws Exception {
        int wanted = args.length >= 2 && args[0].equals("--articles") ? Integer.parseInt(args[1]) : 5000;
        List<ObjectNode> articles = SaudiNewsNet.articles(json, SearchBench.sharedData(), wanted);
        IngestMeasurement measurement = new IngestMeasurement(json, ProcessCpu.fromEnvironment());
        measurement.warmUp(articles.subList(0, Math.min(300, articles.size())));
        IngestMeasurement.Result r = measurement.measure(articles);
        measurement.dropIndex(r.batchStack());
        System.out.printf(Locale.ROOT, "ingest: %,d SaudiNewsNet articles, each door on a fresh bucket, table and index%n", articles.size());
        System.out.printf(Locale.ROOT, "%-44s %8s %9s %12s %8s   %s%n", "path (until searchable)", "articles", "seconds", "articles/s",
                "ratio", "profile");
        print("baseline: raw OpenSearch _bulk (500/request)", r.raw(), r.raw());
        print("S3 inbox door (one JSONL file)", r.inbox(), r.raw());
        print("POST /articles:batch (" + IngestMeasurement.BATCH + "/request, " + IngestMeasurement.BATCH_CLIENTS + " clients)",
                r.batch(), r.raw());
        System.out.println("doors include validation, analysis, S3 raw + enriched, DynamoDB record and index state; the baseline is the index write alone");
    }

    private static void print(String name, IngestMeasurement.PathRun run, IngestMeasurement.PathRun raw) {
        System.out.printf(Locale.ROOT, "%-44s %,8d %9.1f %,12.0f %8.2f   %s%n", name, run.articles(), run.seconds(), run.perSecond(),
                run.perSecond() / raw.perSecond(), run.profile());
    }
}
