package dev.khabar.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.ArticleDocuments;
import dev.khabar.aws.Doors;
import dev.khabar.aws.JsonMappers;
import dev.khabar.aws.OpenSearchBulk;
import dev.khabar.aws.OpenSearchHttp;
import dev.khabar.functions.inbox.InboxHandler;
import dev.khabar.local.InboxPoller;
import dev.khabar.local.LocalFront;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.LocalStack;
import dev.khabar.model.Article;
import dev.khabar.store.InboxFiles;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code ./khabar bench ingest [--articles N]}: SaudiNewsNet articles (read in place from the shared
 * data, converted on the fly, never copied into the repository) end to end until all are searchable,
 * through the S3 inbox door and through {@code POST /articles:batch}, beside a raw OpenSearch
 * {@code _bulk} of the same enriched documents into an index with the same mapping.
 */
public final class IngestBench implements BenchMain.Bench {
    private static final int BATCH = 100;
    private static final int BATCH_CLIENTS = 4;
    private final ObjectMapper json = JsonMappers.create();

    @Override
    public void run(String[] args) throws Exception {
        int wanted = args.length >= 2 && args[0].equals("--articles") ? Integer.parseInt(args[1]) : 5000;
        List<ObjectNode> articles = saudiNewsNet(wanted);
        StringBuilder jsonl = new StringBuilder();
        for (ObjectNode a : articles) {
            jsonl.append(a).append('\n');
        }
        byte[] file = jsonl.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("ingest: %,d SaudiNewsNet articles (%,.1f MB of JSONL), each door on a fresh bucket, table and index%n",
                articles.size(), file.length / 1e6);

        warmUp(articles.subList(0, Math.min(300, articles.size())));

        LocalStack inboxStack = fresh();
        Doors inboxDoors = inboxStack.doors();
        InboxFiles files = inboxStack.inboxFiles();
        // Uploaded before the clock starts, then moved into the inbox: the door is measured, not the upload.
        files.put("staging/bench/saudinewsnet.jsonl", file, "application/x-ndjson");
        long start = System.nanoTime();
        long inboxCreated;
        try (InboxPoller poller = new InboxPoller(files, inboxStack.config().bucket(), new InboxHandler(inboxDoors)).start(200)) {
            files.move("staging/bench/saudinewsnet.jsonl", "inbox/bench/saudinewsnet.jsonl");
            JsonNode report = waitFor(files, "processed/bench/saudinewsnet.jsonl.report.json");
            inboxCreated = report.path("created").asLong();
            waitSearchable(inboxStack, inboxCreated);
        }
        double inboxSeconds = (System.nanoTime() - start) / 1e9;

        LocalStack batchStack = fresh();
        Doors batchDoors = batchStack.doors();
        long batchCreated;
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(batchDoors.services()), json).start()) {
            start = System.nanoTime();
            batchCreated = postBatches(front.port(), articles);
            waitSearchable(batchStack, batchCreated);
        }
        double batchSeconds = (System.nanoTime() - start) / 1e9;

        List<Article> enriched = new ArrayList<>();
        inboxDoors.services().records().forEach(r -> {
            if (r.duplicateOf() == null) {
                inboxDoors.services().archive().getEnriched(r.id()).ifPresent(enriched::add);
            }
        });
        double rawSeconds = rawBulk(inboxStack, enriched);

        double rawRate = enriched.size() / rawSeconds;
        System.out.printf("%-44s %8s %9s %12s %8s%n", "path (until searchable)", "articles", "seconds", "articles/s", "ratio");
        System.out.printf("%-44s %,8d %9.1f %,12.0f %8s%n", "baseline: raw OpenSearch _bulk (500/request)", enriched.size(), rawSeconds, rawRate, "1.00");
        System.out.printf("%-44s %,8d %9.1f %,12.0f %8.2f%n", "S3 inbox door (one JSONL file)", inboxCreated, inboxSeconds,
                inboxCreated / inboxSeconds, inboxCreated / inboxSeconds / rawRate);
        System.out.printf("%-44s %,8d %9.1f %,12.0f %8.2f%n", "POST /articles:batch (100/request, " + BATCH_CLIENTS + " clients)",
                batchCreated, batchSeconds, batchCreated / batchSeconds, batchCreated / batchSeconds / rawRate);
        System.out.println("doors include validation, analysis, S3 raw + enriched, DynamoDB record and index state; the baseline is the index write alone");
    }

    /** A short run through both doors first, so neither measured path pays for the JIT warming up. */
    private void warmUp(List<ObjectNode> sample) throws Exception {
        LocalStack stack = fresh();
        Doors doors = stack.doors();
        StringBuilder jsonl = new StringBuilder();
        sample.forEach(a -> jsonl.append(a).append('\n'));
        doors.inbox().process(put(stack.inboxFiles(), "inbox/warm-up.jsonl", jsonl.toString()));
        LocalStack other = fresh();
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(other.doors().services()), json).start()) {
            postBatches(front.port(), sample);
        }
    }

    private static String put(InboxFiles files, String key, String text) {
        files.put(key, text.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        return key;
    }

    private LocalStack fresh() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("KHABAR_BUCKET", "khabar-bench-" + suffix);
        env.put("KHABAR_TABLE", "khabar-bench-" + suffix);
        env.put("KHABAR_INDEX", "articles-bench-" + suffix);
        return new LocalStack(AppConfig.from(env)).provision();
    }

    private long postBatches(int port, List<ObjectNode> articles) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService clients = Executors.newFixedThreadPool(BATCH_CLIENTS);
        try {
            List<Future<Long>> sent = new ArrayList<>();
            for (int i = 0; i < articles.size(); i += BATCH) {
                ArrayNode batch = json.createArrayNode();
                articles.subList(i, Math.min(articles.size(), i + BATCH)).forEach(batch::add);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles:batch"))
                        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build();
                sent.add(clients.submit(() -> {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("batch answered " + r.statusCode());
                    }
                    return json.readTree(r.body()).path("created").asLong();
                }));
            }
            long created = 0;
            for (Future<Long> f : sent) {
                created += f.get();
            }
            return created;
        } finally {
            clients.shutdownNow();
        }
    }

    private double rawBulk(LocalStack stack, List<Article> articles) {
        OpenSearchGenericClient client = dev.khabar.aws.AwsClients.openSearch(stack.config(), dev.khabar.aws.AwsClients.httpClient());
        OpenSearchHttp http = new OpenSearchHttp(client, json);
        String index = "bench-raw-" + UUID.randomUUID().toString().substring(0, 8);
        http.expectOk("PUT", "/" + index, stack.searchIndex().indexDefinition());
        OpenSearchBulk bulk = new OpenSearchBulk(http, json, new ArticleDocuments(json));
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i += 500) {
            bulk.write(index, articles.subList(i, Math.min(articles.size(), i + 500)));
        }
        http.expectOk("POST", "/" + index + "/_refresh", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = http.expectOk("GET", "/" + index + "/_count", null).body().path("count").asLong();
        if (count != articles.size()) {
            throw new IllegalStateException("raw bulk indexed " + count + " of " + articles.size());
        }
        http.send("DELETE", "/" + index, null);
        return seconds;
    }

    private void waitSearchable(LocalStack stack, long expected) throws InterruptedException {
        OpenSearchHttp http = new OpenSearchHttp(dev.khabar.aws.AwsClients.openSearch(stack.config(), dev.khabar.aws.AwsClients.httpClient()), json);
        String alias = stack.config().indexAlias();
        while (true) {
            http.expectOk("POST", "/" + alias + "/_refresh", null);
            long count = http.expectOk("GET", "/" + alias + "/_count", null).body().path("count").asLong();
            if (count >= expected) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private JsonNode waitFor(InboxFiles files, String key) throws Exception {
        long deadline = System.currentTimeMillis() + 1_800_000;
        while (System.currentTimeMillis() < deadline) {
            byte[] bytes = files.readIfPresent(key);
            if (bytes != null) {
                return json.readTree(bytes);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the inbox did not finish within 30 minutes");
    }

    /** The first {@code wanted} articles of the dated zip files, in date order, as the API's JSON. */
    private List<ObjectNode> saudiNewsNet(int wanted) throws IOException {
        Path dir = sharedData().resolve("news-ar-saudinewsnet");
        List<Path> zips = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
            ds.forEach(zips::add);
        }
        zips.sort(null);
        List<ObjectNode> out = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null && out.size() < wanted; ) {
                    if (e.getName().endsWith(".json")) {
                        read(in, out, wanted);
                    }
                }
            }
            if (out.size() >= wanted) {
                break;
            }
        }
        return out;
    }

    /** {@code ../shared/data} beside the checkout: read in place, never copied. */
    private static Path sharedData() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("khabar"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Run from inside the repository (./khabar bench ingest)");
        }
        return p.resolveSibling("shared").resolve("data");
    }

    private void read(InputStream in, List<ObjectNode> out, int wanted) throws IOException {
        JsonParser parser = json.getFactory().createParser(new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // The zip stream stays open for the next entry.
            }
        });
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT && out.size() < wanted) {
            JsonNode a = json.readTree(parser);
            if (a.path("content").asText().isBlank()) {
                continue;
            }
            ObjectNode article = json.createObjectNode();
            if (!a.path("title").asText().isBlank()) {
                article.put("title", a.path("title").asText());
            }
            article.put("body", a.path("content").asText());
            article.put("url", a.path("url").asText());
            article.put("source", a.path("source").asText());
            article.put("language", "ar");
            String crawled = a.path("date_extracted").asText();
            if (crawled.length() >= 10) {
                article.put("published", crawled.substring(0, 10));
            }
            out.add(article);
        }
    }
}
