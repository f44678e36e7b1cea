package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Services;
import dev.khabar.local.LocalFront;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.LocalStack;
import dev.khabar.local.SaudiNewsNet;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./khabar bench load [SECONDS] [CLIENTS]}: a bounded mixed load on loopback through the local
 * front: 80 % searches (a fixed mixed query set), 20 % ingests of real articles (SaudiNewsNet, read
 * in place), for SECONDS (default 60) with CLIENTS threads (default 8). Prints throughput,
 * p50/p95/p99 per kind and the error counts; any 5xx is a failure.
 */
public final class LoadBench implements BenchMain.Bench {
    private static final List<String> QUERIES = List.of("US embassy inquiries, 2026", "السفارة الأمريكية", "Egypt",
            "مصر وتركيا", "\"وزارة الخارجية\"", "Türkiye savunma", "الرياض -الهلال", "oil OR نفط", "Rubio", "2015");

    @Override
    public void run(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Map<String, String> env = System.getenv();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppConfig config = new AppConfig("khabar-load-" + suffix, "khabar-load-" + suffix, env.get("KHABAR_OPENSEARCH_ENDPOINT"),
                "load-" + suffix, "us-east-1", env.get("AWS_ENDPOINT_URL_S3"));
        LocalStack stack = new LocalStack(config).provision();
        Services services = stack.services();
        ObjectMapper json = services.json();
        List<ObjectNode> articles = SaudiNewsNet.articles(json, SearchBench.sharedData(), 20_000);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(services), services.json()).start()) {
            String base = "http://127.0.0.1:" + front.port();
            for (ObjectNode a : articles.subList(0, 200)) {
                post(http, base, a.toString());
            }
            stack.searchIndex().refresh();
            ConcurrentLinkedQueue<Long> searchNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> ingestNanos = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger(200);
            AtomicInteger clientErrors = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            AtomicLong requests = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        boolean ingest = (i++ + client) % 5 == 0;
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            if (ingest) {
                                int n = next.getAndIncrement() % articles.size();
                                status = post(http, base, articles.get(n).toString());
                            } else {
                                String q = QUERIES.get((i + client) % QUERIES.size());
                                status = http.send(HttpRequest.newBuilder(URI.create(base + "/search?q="
                                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build(),
                                        HttpResponse.BodyHandlers.discarding()).statusCode();
                            }
                        } catch (Exception e) {
                            status = 599;
                        }
                        (ingest ? ingestNanos : searchNanos).add(System.nanoTime() - t0);
                        requests.incrementAndGet();
                        if (status >= 500) {
                            serverErrors.incrementAndGet();
                        } else if (status >= 400) {
                            clientErrors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("mixed load: %d s, %d clients on loopback through the local front (80%% search, 20%% ingest)%n",
                    seconds, clients);
            System.out.printf("requests %d, throughput %.1f req/s, 4xx %d, 5xx %d%n", requests.get(), requests.get() / elapsed,
                    clientErrors.get(), serverErrors.get());
            print("search", new ArrayList<>(searchNanos));
            print("ingest", new ArrayList<>(ingestNanos));
            if (serverErrors.get() > 0) {
                throw new IllegalStateException(serverErrors.get() + " responses were 5xx");
            }
        }
    }

    private static int post(HttpClient http, String base, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/articles")).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void print(String kind, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return;
        }
        Collections.sort(nanos);
        System.out.printf("%-7s n=%-6d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", kind, nanos.size(),
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
