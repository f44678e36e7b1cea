package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Wiring;
import dev.khabar.aws.JsonMappers;
import dev.khabar.aws.OpenSearchSearchIndex;
import dev.khabar.aws.Services;
import dev.khabar.local.LocalFront;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.LocalStack;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleInput;
import dev.khabar.understand.Analysis;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.Understanding;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code ./khabar bench search [--quick] [--no-entities] [--keep]}: loads SaudiNewsNet (read in place
 * from ../shared/data, never copied), analysed for entities and dates as ingest would (unless
 * {@code --no-entities}), plus the seed; checks the seed's rank for "US embassy inquiries, 2026",
 * measures cross-lingual retrieval on XQuAD (en→ar, ar→ar, tr→ar: recall@10, MRR@10) beside the
 * same queries without expansion, and search latency by query class through the local front beside
 * the same OpenSearch request sent raw, in the same run ({@link SearchLatency}). The indexes are
 * deleted at the end unless {@code --keep}.
 */
public final class SearchBench implements BenchMain.Bench {
    private final ObjectMapper json = JsonMappers.create();
    private final HttpClient http = HttpClient.newHttpClient();
    private java.io.PrintStream out = System.out;

    @Override
    public void run(String[] args) throws Exception {
        // The handlers log one line per request to stdout; the figures are what this run is for.
        java.io.PrintStream report = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            measure(args, report);
        } finally {
            System.setOut(report);
        }
    }

    private void measure(String[] args, java.io.PrintStream report) throws Exception {
        this.out = report;
        boolean quick = Arrays.asList(args).contains("--quick");
        boolean entities = !Arrays.asList(args).contains("--no-entities");
        boolean keep = Arrays.asList(args).contains("--keep");
        Path data = sharedData();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = System.getenv();
        AppConfig news = new AppConfig("khabar-bench-" + suffix, "khabar-bench-" + suffix, env.get("KHABAR_OPENSEARCH_ENDPOINT"),
                "bench-news-" + suffix, "us-east-1", env.get("AWS_ENDPOINT_URL_S3"));
        LocalStack stack = new LocalStack(news).provision();
        Services services = stack.services();
        OpenSearchSearchIndex index = stack.searchIndex();
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(services), services.json()).start()) {
            String base = "http://127.0.0.1:" + front.port();
            long t0 = System.nanoTime();
            ArticleAnalyzer analyzer = entities ? Wiring.analyzer(Understanding.load()) : null;
            int[] loaded = loadSaudiNewsNet(index, data.resolve("news-ar-saudinewsnet"), quick ? 1_000 : Integer.MAX_VALUE, analyzer);
            String seedId = postSeed(base);
            index.refresh();
            out.printf("loaded %d SaudiNewsNet articles (bulk index%s) + the seed (HTTP pipeline) in %.1f s%n",
                    loaded[0], analyzer == null ? ", no entities" : ", analysed: " + loaded[1] + " entity mentions",
                    (System.nanoTime() - t0) / 1e9);
            seedRank(base, seedId, "US embassy inquiries, 2026");
            seedRank(base, seedId, "US embassy inquiries");
            xquad(env, data.resolve("clir-xquad-ar-en-tr"), quick ? 150 : Integer.MAX_VALUE, suffix, keep);
            int queries = quick ? 160 : 640;
            int rounds = quick ? 1 : 3;
            SearchLatency.Result latency = SearchLatency.measure(base, services, index, data, queries, rounds);
            out.printf("%n/search latency by query class, %d requests per round (%d articles)%n", latency.queries(), loaded[0] + 1);
            latency.print(out);
        } finally {
            if (!keep) {
                index.deleteAll();
            }
        }
    }

    private void seedRank(String base, String seedId, String q) throws Exception {
        JsonNode r = get(base + "/search?size=100&q=" + enc(q));
        int rank = 0;
        for (int i = 0; i < r.path("hits").size(); i++) {
            if (r.path("hits").path(i).path("id").asText().equals(seedId)) {
                rank = i + 1;
                break;
            }
        }
        out.printf("seed rank for %-30s %s (of %d matches)%n", "'" + q + "':", rank == 0 ? ">100" : rank, r.path("total").asLong());
    }

    // --- loading ---------------------------------------------------------------------------

    /** Articles read and entity mentions found; analysed (entities and dates) in parallel when an analyzer is given. */
    private int[] loadSaudiNewsNet(OpenSearchSearchIndex index, Path dir, int max, ArticleAnalyzer analyzer) throws Exception {
        List<Path> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        int count = 0;
        int[] mentions = {0};
        List<JsonNode> batch = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null && count < max; ) {
                    if (e.isDirectory()) {
                        continue;
                    }
                    JsonNode articles = json.readTree(in.readAllBytes());
                    for (JsonNode a : articles) {
                        if (count >= max) {
                            break;
                        }
                        batch.add(a);
                        count++;
                        if (batch.size() == 200) {
                            indexWithRetry(index, articles(batch, analyzer, mentions));
                            batch.clear();
                        }
                    }
                }
            }
            if (count >= max) {
                break;
            }
        }
        indexWithRetry(index, articles(batch, analyzer, mentions));
        return new int[]{count, mentions[0]};
    }

    private static List<Article> articles(List<JsonNode> raw, ArticleAnalyzer analyzer, int[] mentions) {
        List<Article> out = raw.parallelStream().map(a -> {
            String url = a.path("url").asText();
            String title = a.path("title").asText("");
            String body = a.path("content").asText("");
            String published = a.path("date_extracted").asText().replace(' ', 'T');
            if (analyzer == null) {
                return new Article(id(url), title, body, url, a.path("source").asText(), "ar", published, "crawl", id(body),
                        List.of(), List.of(), "bench");
            }
            Analysis found = analyzer.analyze(new ArticleInput(title, body, url, published, "ar", a.path("source").asText()));
            return new Article(id(url), title, body, url, a.path("source").asText(), "ar", published, "crawl", id(body),
                    found.entities(), found.dates(), analyzer.version());
        }).toList();
        out.forEach(a -> mentions[0] += a.entities().size());
        return out;
    }

    /** The machine is shared: a bulk request that times out is retried rather than failing the run. */
    private static void indexWithRetry(OpenSearchSearchIndex index, List<Article> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                index.indexAll(batch);
                return;
            } catch (dev.khabar.errors.DependencyUnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(2_000L * attempt);
            }
        }
    }

    /** The seed through the real HTTP pipeline, with its dateline given as ISO (reading it is the dates module's job). */
    private String postSeed(String base) throws Exception {
        Path seed = repoRoot().resolve("samples/000_8ca666154d1ccad1.txt");
        List<String> lines = new ArrayList<>(Files.readString(seed).strip().lines().toList());
        String url = lines.remove(lines.size() - 1).replaceAll("[<>]", "").strip();
        String title = lines.remove(0).strip();
        while (lines.get(0).isBlank()) {
            lines.remove(0);
        }
        lines.remove(0);
        var node = json.createObjectNode().put("title", title).put("body", String.join("\n", lines).strip()).put("url", url)
                .put("published", "2026-06-07T12:20").put("language", "ar");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(node.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(r.body()).path("id").asText();
    }

    // --- relevance -------------------------------------------------------------------------

    private void xquad(Map<String, String> env, Path dir, int maxQueries, String suffix, boolean keep) throws Exception {
        AppConfig cfg = new AppConfig("khabar-bench-x" + suffix, "khabar-bench-x" + suffix, env.get("KHABAR_OPENSEARCH_ENDPOINT"),
                "bench-xquad-" + suffix, "us-east-1", env.get("AWS_ENDPOINT_URL_S3"));
        LocalStack stack = new LocalStack(cfg).provision();
        OpenSearchSearchIndex index = stack.searchIndex();
        List<Article> docs = new ArrayList<>();
        for (String[] row : tsv(dir.resolve("docs_ar.tsv"))) {
            // No title: the set's titles are English and would leak the answer language.
            docs.add(new Article(row[0], null, row[2], null, "xquad", "ar", null, null, row[0], List.of(), List.of(), "bench"));
        }
        index.indexAll(docs);
        index.refresh();
        Map<String, String> qrels = new HashMap<>();
        for (String[] row : tsv(dir.resolve("qrels.tsv"))) {
            qrels.put(row[0], row[1]);
        }
        Services services = stack.services();
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(services), services.json()).start()) {
            String base = "http://127.0.0.1:" + front.port();
            out.printf("%nXQuAD CLIR (240 Arabic paragraphs, one relevant each; %s queries per direction)%n",
                    maxQueries == Integer.MAX_VALUE ? "all 1190" : "first " + maxQueries);
            out.printf("%-8s %12s %9s   %-28s%n", "", "recall@10", "MRR@10", "baseline: interpret=false (no expansion)");
            for (String lang : List.of("en", "ar", "tr")) {
                List<String[]> queries = tsv(dir.resolve("queries_" + lang + ".tsv"));
                queries = queries.subList(0, Math.min(maxQueries, queries.size()));
                double[] with = evaluate(base, queries, qrels, true);
                double[] without = evaluate(base, queries, qrels, false);
                out.printf("%-8s %12.3f %9.3f   %6.3f / %6.3f%n", lang + "→ar", with[0], with[1], without[0], without[1]);
            }
        } finally {
            if (!keep) {
                index.deleteAll();
            }
        }
    }

    private double[] evaluate(String base, List<String[]> queries, Map<String, String> qrels, boolean interpret) throws Exception {
        double hits = 0;
        double rr = 0;
        for (String[] q : queries) {
            JsonNode r = getOrNull(base + "/search?size=10&interpret=" + interpret + "&q=" + enc(q[1]));
            if (r == null) {
                continue;
            }
            String relevant = qrels.get(q[0]);
            for (int i = 0; i < r.path("hits").size(); i++) {
                if (r.path("hits").path(i).path("id").asText().equals(relevant)) {
                    hits++;
                    rr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        return new double[]{hits / queries.size(), rr / queries.size()};
    }

    // --- helpers ---------------------------------------------------------------------------

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body());
    }

    private JsonNode getOrNull(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? json.readTree(r.body()) : null;
    }

    private static List<String[]> tsv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String id(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("khabar"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("run from the repository (./khabar bench search)");
        }
        return p;
    }

    static Path sharedData() {
        return repoRoot().resolveSibling("shared").resolve("data");
    }
}
