package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.JsonMappers;
import dev.khabar.bench.coldstart.ColdStartBench;
import dev.khabar.local.LocalFront;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.LocalStack;
import dev.khabar.local.SaudiNewsNet;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code ./khabar bench [--quick] [--scales 1000,10000,all]}: the whole product on this machine, each
 * figure beside the engine underneath doing the same work in the same run: ingest through both doors
 * against a raw {@code _bulk}, search through the front against the same request sent raw, analysis
 * against Lucene's Arabic analyzer, cold start against a bare JVM; ingest and search at growing
 * scales. Writes bench/target/bench-report.{json,md}.
 */
public final class SuiteBench implements BenchMain.Bench {
    static final double INGEST_TARGET = 0.5;
    static final double ANALYSIS_TARGET_MBPS = 10;
    static final double SEARCH_P50_RATIO_TARGET = 1.3;
    static final double SEARCH_P99_TARGET_MS = 100;
    static final double COLD_START_TARGET_MS = 1000;
    static final String SEED_QUERY = "US embassy inquiries, 2026";
    private final ObjectMapper json = JsonMappers.create();
    private final HttpClient http = HttpClient.newHttpClient();

    /** How much of everything one run measures. */
    /** {@code --quick} keeps the run under three minutes so it can run often: 1k articles, fewer rounds, no priming runs. */
    record Plan(List<Integer> scales, int ingestRepeats, int searchQueries, int searchRounds, int analysisArticles,
                int analysisRounds, int coldStartRuns) {
        static Plan of(String[] args) {
            List<String> a = Arrays.asList(args);
            boolean quick = a.contains("--quick");
            List<Integer> scales = quick ? List.of(1_000) : List.of(1_000, 10_000, Integer.MAX_VALUE);
            int i = a.indexOf("--scales");
            if (i >= 0 && i + 1 < a.size()) {
                scales = Arrays.stream(a.get(i + 1).split(",")).map(s -> s.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(s)).toList();
            }
            return quick ? new Plan(scales, 2, 120, 2, 1_000, 5, 2) : new Plan(scales, 3, 600, 3, 3_000, 7, 5);
        }

        /** Repeating a 31k ingest three times would take most of an hour; large scales run once. */
        int repeatsAt(int scale) {
            return scale <= 1_000 ? ingestRepeats : 1;
        }
    }

    @Override
    public void run(String[] args) throws Exception {
        // The handlers log a line per request to stdout; this run's output is its figures.
        PrintStream out = System.out;
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            measure(Plan.of(args), args, out);
        } finally {
            System.setOut(out);
        }
    }

    private void measure(Plan plan, String[] args, PrintStream out) throws Exception {
        BenchReport report = new BenchReport(("./khabar bench " + String.join(" ", args)).strip(), BenchReport.describeMachine(), out);
        out.println("machine: " + BenchReport.describeMachine());
        int largest = plan.scales().stream().mapToInt(Integer::intValue).max().orElse(1_000);
        List<ObjectNode> all = SaudiNewsNet.articles(json, SearchBench.sharedData(), largest);
        out.printf(Locale.ROOT, "read %,d SaudiNewsNet articles in place from ../shared/data%n", all.size());

        long t0 = System.nanoTime();
        analysisStep(plan, report, all, out);
        long t1 = System.nanoTime();
        ProcessCpu cpu = ProcessCpu.fromEnvironment();
        IngestMeasurement ingest = new IngestMeasurement(json, cpu);
        ingest.warmUp(all.subList(0, Math.min(300, all.size())));
        // "all" and a scale beyond the data set are the same run: each distinct size runs once.
        for (int size : plan.scales().stream().map(s -> Math.min(s, all.size())).distinct().toList()) {
            scaleStep(plan, report, ingest, all.subList(0, size), out);
        }
        long t2 = System.nanoTime();
        coldStartStep(plan, report, out);
        report.note("time taken", String.format(Locale.ROOT, "analysis %.0f s, ingest and search %.0f s, cold start %.0f s",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9));
        report.write(SearchBench.repoRoot().resolve("bench/target"), "bench-report");
        out.println("\nreport: bench/target/bench-report.md and bench/target/bench-report.json");
    }

    private void scaleStep(Plan plan, BenchReport report, IngestMeasurement ingest, List<ObjectNode> articles, PrintStream out)
            throws Exception {
        int n = articles.size();
        String section = String.format(Locale.ROOT, "ingest at %,d articles", n);
        out.printf(Locale.ROOT, "%n== %s (%d run%s, each door on a fresh bucket, table and index)%n", section, plan.repeatsAt(n),
                plan.repeatsAt(n) == 1 ? "" : "s");
        List<IngestMeasurement.Result> runs = new ArrayList<>();
        for (int r = 0; r < plan.repeatsAt(n); r++) {
            IngestMeasurement.Result result = ingest.measure(articles);
            if (!runs.isEmpty()) {
                ingest.dropIndex(runs.get(runs.size() - 1).batchStack());
            }
            runs.add(result);
        }
        double raw = median(runs, x -> x.raw().perSecond());
        report.add(new BenchReport.Figure(section, "baseline: raw OpenSearch _bulk of the same enriched documents", raw, "articles/s",
                null, null, null, null, null, cpuDetail(runs.get(runs.size() - 1).raw())));
        for (String door : List.of("inbox", "batch")) {
            boolean inbox = door.equals("inbox");
            double rate = median(runs, x -> (inbox ? x.inbox() : x.batch()).perSecond());
            double ratio = median(runs, x -> (inbox ? x.inbox() : x.batch()).perSecond() / x.raw().perSecond());
            IngestMeasurement.PathRun last = inbox ? runs.get(runs.size() - 1).inbox() : runs.get(runs.size() - 1).batch();
            report.add(new BenchReport.Figure(section, inbox ? "S3 inbox door (one JSONL file), until searchable"
                    : "POST /articles:batch (100/request, 4 clients), until searchable", rate, "articles/s", "raw _bulk", raw,
                    ratio, ">= 0.5x raw", ratio >= INGEST_TARGET, cpuDetail(last)));
        }
        LocalStack searched = runs.get(runs.size() - 1).batchStack();
        searchStep(plan, report, searched, n, out);
        ingest.dropIndex(searched);
    }

    private void searchStep(Plan plan, BenchReport report, LocalStack stack, int n, PrintStream out) throws Exception {
        String section = String.format(Locale.ROOT, "search at %,d articles", n);
        out.printf(Locale.ROOT, "%n== %s (the index the batch door built)%n", section);
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(stack.doors().services()), json).start()) {
            String base = "http://127.0.0.1:" + front.port();
            String seedId = postSeed(base);
            stack.searchIndex().refresh();
            int rank = rank(base, seedId, SEED_QUERY);
            report.add(new BenchReport.Figure(section, "rank of the seed for '" + SEED_QUERY + "'", rank, "", null, null, null,
                    "1", rank == 1, rank == 0 ? "not in the first 100" : null));
            SearchLatency.Result r = SearchLatency.measure(base, stack.doors().services(), stack.searchIndex(), SearchBench.sharedData(),
                    plan.searchQueries(), plan.searchRounds());
            String detail = String.format(Locale.ROOT, "%d requests per side per round (entity, date, phrase, cross-lingual, facets, "
                    + "timeline), %d rounds, medians; same request sent raw to OpenSearch", r.queries(), r.rounds());
            double p50 = r.front().p50() / r.raw().p50();
            report.add(new BenchReport.Figure(section, "/search p50 through the front", r.front().p50(), "ms", "raw OpenSearch",
                    r.raw().p50(), p50, "<= 1.3x raw", p50 <= SEARCH_P50_RATIO_TARGET, detail));
            report.add(new BenchReport.Figure(section, "/search p95 through the front", r.front().p95(), "ms", "raw OpenSearch",
                    r.raw().p95(), r.front().p95() / r.raw().p95(), null, null, null));
            report.add(new BenchReport.Figure(section, "/search p99 through the front", r.front().p99(), "ms", "raw OpenSearch",
                    r.raw().p99(), r.front().p99() / r.raw().p99(), "< 100 ms", r.front().p99() < SEARCH_P99_TARGET_MS, null));
            r.byClass().forEach((queryClass, c) -> report.add(new BenchReport.Figure(section, "p50 / p99 " + queryClass.label(),
                    c.front().p50(), "ms", "raw OpenSearch", c.raw().p50(), c.p50Ratio(), null, null,
                    String.format(Locale.ROOT, "p99 %.1f ms, raw %.1f ms", c.front().p99(), c.raw().p99()))));
        }
    }

    private void coldStartStep(Plan plan, BenchReport report, PrintStream out) throws Exception {
        String section = "cold start";
        out.printf(Locale.ROOT, "%n== %s (handler construction + first invocation, fresh JVM with Lambda's flags, median of %d)%n",
                section, plan.coldStartRuns());
        ColdStartBench.Results r = new ColdStartBench().measure(plan.coldStartRuns(), null, plan.coldStartRuns() > 2);
        for (ColdStartBench.Result f : r.functions()) {
            report.add(new BenchReport.Figure(section, f.function(), f.totalMs(), "ms", "bare JVM start", r.floorMs(),
                    f.totalMs() / r.floorMs(), "< 1000 ms", f.totalMs() < COLD_START_TARGET_MS, String.format(Locale.ROOT,
                    "zip %.1f MB; construct %.0f ms, 1st call %.0f ms, 2nd call %.0f ms%s", f.zipMb(), f.constructMs(), f.firstMs(),
                    f.secondMs(), Double.isNaN(f.primedFirstMs()) ? ""
                            : String.format(Locale.ROOT, "; after SnapStart priming the 1st call takes %.0f ms", f.primedFirstMs()))));
        }
    }

    private void analysisStep(Plan plan, BenchReport report, List<ObjectNode> all, PrintStream out) {
        String section = "analysis alone";
        out.printf(Locale.ROOT, "%n== %s (one thread, medians of %d alternating rounds)%n", section, plan.analysisRounds());
        AnalysisSpeed.Result r = AnalysisSpeed.measure(all.subList(0, Math.min(plan.analysisArticles(), all.size())), plan.analysisRounds());
        report.add(new BenchReport.Figure(section, "language, entities, dateline and date mentions, per core", r.khabarMBps(), "MB/s",
                "Lucene ArabicAnalyzer", r.luceneMBps(), r.ratio(), ">= 10 MB/s", r.khabarMBps() >= ANALYSIS_TARGET_MBPS,
                String.format(Locale.ROOT, "%,d SaudiNewsNet articles, %.1f MB UTF-8", r.articles(), r.megabytes())));
    }

    /** The seed article, posted as the raw text it came as, through the real HTTP pipeline. */
    private String postSeed(String base) throws Exception {
        byte[] seed = Files.readAllBytes(SearchBench.repoRoot().resolve("samples/000_8ca666154d1ccad1.txt"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                .header("content-type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("the seed was refused: " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).path("id").asText();
    }

    private int rank(String base, String id, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/search?size=100&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode hits = json.readTree(r.body()).path("hits");
        for (int i = 0; i < hits.size(); i++) {
            if (hits.path(i).path("id").asText().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String cpuDetail(IngestMeasurement.PathRun run) {
        return String.format(Locale.ROOT, "%,d articles in %.1f s; %s", run.articles(), run.seconds(), run.profile());
    }

    static <T> double median(List<T> runs, ToDoubleFunction<T> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
