package dev.khabar.bench;

import dev.khabar.aws.OpenSearchSearchIndex;
import dev.khabar.aws.Services;
import dev.khabar.search.SearchQuery;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Search latency through the HTTP front beside the same OpenSearch request sent raw, over a fixed
 * query set mixed by class (entity, date, phrase, cross-lingual en→ar, ar→en and tr→ar, facet
 * filters, timeline). Works on any front and any index or alias, however it was loaded: the whole-
 * product suite calls it at several archive sizes, {@code ./khabar bench search} on SaudiNewsNet.
 *
 * <p>Each round sends every query once through the front and once raw, alternating which goes
 * first so neither always meets caches the other warmed. Percentiles are computed per round and the
 * reported figure is the median over rounds, so one disturbed round on a shared machine moves it less.
 */
public final class SearchLatency {
    /** The p50 ratio front/raw and the front p99 the product aims at. */
    public static final double TARGET_P50_RATIO = 1.3;
    public static final double TARGET_P99_MS = 100;
    private static final int WARMUP = 20;

    /** A query class: what the query exercises in the index. */
    public enum QueryClass {
        ENTITY("entity"), DATE("date"), PHRASE("phrase"), XL_EN_AR("cross-lingual en→ar"),
        XL_AR_EN("cross-lingual ar→en"), XL_TR_AR("cross-lingual tr→ar"), FACETS("facet filters"), TIMELINE("timeline");

        private final String label;

        QueryClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Milliseconds; {@code n} is the number of requests behind each percentile (per round). */
    public record Percentiles(double p50, double p95, double p99, int n) {
    }

    public record ClassResult(Percentiles front, Percentiles raw) {
        public double p50Ratio() {
            return front.p50() / raw.p50();
        }
    }

    public record Result(Percentiles front, Percentiles raw, Map<QueryClass, ClassResult> byClass, int queries, int rounds) {
        public double p50Ratio() {
            return front.p50() / raw.p50();
        }

        public boolean meetsTargets() {
            return p50Ratio() <= TARGET_P50_RATIO && front.p99() < TARGET_P99_MS;
        }

        public void print(PrintStream out) {
            out.printf("%-22s %5s | %-26s | %-26s | %6s%n", "", "n", "local front /search  p50/p95/p99 ms",
                    "raw OpenSearch  p50/p95/p99 ms", "p50 x");
            byClass.forEach((c, r) -> row(out, c.label(), r.front(), r.raw()));
            row(out, "all", front, raw);
            out.printf("targets: p50 ratio <= %.1f (%.2f), front p99 < %.0f ms (%.1f): %s; medians of %d round(s)%n",
                    TARGET_P50_RATIO, p50Ratio(), TARGET_P99_MS, front.p99(), meetsTargets() ? "met" : "NOT met", rounds);
        }

        private static void row(PrintStream out, String name, Percentiles f, Percentiles r) {
            out.printf("%-22s %5d | %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f | %6.2f%n", name, f.n(), f.p50(), f.p95(), f.p99(),
                    r.p50(), r.p95(), r.p99(), f.p50() / r.p50());
        }
    }

    /** One request: the front's path and query string, and how to build the same OpenSearch request. */
    public record Probe(QueryClass queryClass, String route, Map<String, String> params) {
        String frontPath() {
            StringBuilder b = new StringBuilder(route);
            char sep = '?';
            for (Map.Entry<String, String> e : params.entrySet()) {
                b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
            return b.toString();
        }
    }

    /** Against the OpenSearch endpoint in {@code KHABAR_OPENSEARCH_ENDPOINT} (the launcher sets it). */
    public static Result measure(String frontBaseUrl, Services services, OpenSearchSearchIndex index, Path sharedData,
                                 int queries, int rounds) {
        String endpoint = System.getenv("KHABAR_OPENSEARCH_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("KHABAR_OPENSEARCH_ENDPOINT is not set: pass the endpoint explicitly");
        }
        return measure(frontBaseUrl, endpoint, services, index, sharedData, queries, rounds);
    }

    /**
     * @param queries requests per round through each side, spread evenly over the classes
     * @param rounds  how many times the whole set is sent; percentiles are medians over rounds
     */
    public static Result measure(String frontBaseUrl, String openSearchEndpoint, Services services, OpenSearchSearchIndex index,
                                 Path sharedData, int queries, int rounds) {
        List<Probe> probes = probes(sharedData, queries);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = frontBaseUrl.endsWith("/") ? frontBaseUrl.substring(0, frontBaseUrl.length() - 1) : frontBaseUrl;
        String searchUrl = (openSearchEndpoint.endsWith("/") ? openSearchEndpoint : openSearchEndpoint + "/") + index.alias() + "/_search";
        List<Planned> planned = new ArrayList<>();
        for (Probe p : probes) {
            SearchQuery q;
            try {
                q = services.search().explain(p.params()::get);
            } catch (RuntimeException refused) {
                continue;
            }
            String body = p.route().equals("/timeline")
                    ? index.timelineBody(q, p.params().getOrDefault("interval", "month")).toString()
                    : index.searchBody(q).toString();
            planned.add(new Planned(p, URI.create(base + p.frontPath()), body));
        }
        for (Planned p : planned.subList(0, Math.min(WARMUP, planned.size()))) {
            send(http, HttpRequest.newBuilder(p.front()).GET().build());
        }
        List<Map<QueryClass, long[][]>> perRound = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<QueryClass, List<long[]>> times = new EnumMap<>(QueryClass.class);
            int i = 0;
            for (Planned p : planned) {
                HttpRequest front = HttpRequest.newBuilder(p.front()).GET().build();
                HttpRequest raw = HttpRequest.newBuilder(URI.create(searchUrl)).header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(p.rawBody())).build();
                boolean frontFirst = (i++ + round) % 2 == 0;
                long[] pair = new long[2];
                for (int side = 0; side < 2; side++) {
                    boolean isFront = (side == 0) == frontFirst;
                    long t = System.nanoTime();
                    send(http, isFront ? front : raw);
                    pair[isFront ? 0 : 1] = System.nanoTime() - t;
                }
                times.computeIfAbsent(p.probe().queryClass(), c -> new ArrayList<>()).add(pair);
            }
            Map<QueryClass, long[][]> m = new EnumMap<>(QueryClass.class);
            times.forEach((c, l) -> m.put(c, l.toArray(new long[0][])));
            perRound.add(m);
        }
        Map<QueryClass, ClassResult> byClass = new LinkedHashMap<>();
        for (QueryClass c : QueryClass.values()) {
            if (perRound.get(0).containsKey(c)) {
                byClass.put(c, new ClassResult(median(perRound, r -> column(r.get(c), 0)), median(perRound, r -> column(r.get(c), 1))));
            }
        }
        return new Result(median(perRound, r -> all(r, 0)), median(perRound, r -> all(r, 1)), byClass, planned.size(), rounds);
    }

    private record Planned(Probe probe, URI front, String rawBody) {
    }

    private static void send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] column(long[][] pairs, int side) {
        long[] out = new long[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            out[i] = pairs[i][side];
        }
        return out;
    }

    private static long[] all(Map<QueryClass, long[][]> round, int side) {
        List<Long> out = new ArrayList<>();
        round.values().forEach(pairs -> {
            for (long v : column(pairs, side)) {
                out.add(v);
            }
        });
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static Percentiles median(List<Map<QueryClass, long[][]>> rounds, Function<Map<QueryClass, long[][]>, long[]> pick) {
        double[][] p = new double[3][rounds.size()];
        int n = 0;
        for (int r = 0; r < rounds.size(); r++) {
            long[] v = pick.apply(rounds.get(r)).clone();
            java.util.Arrays.sort(v);
            n = v.length;
            p[0][r] = pct(v, 50);
            p[1][r] = pct(v, 95);
            p[2][r] = pct(v, 99);
        }
        return new Percentiles(medianOf(p[0]), medianOf(p[1]), medianOf(p[2]), n);
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private static double medianOf(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    // --- the query set -----------------------------------------------------------------------

    private static final List<String> ENTITY = List.of("السعودية", "إيران", "اليمن", "الرياض", "مصر", "سوريا", "Saudi Arabia",
            "Iran", "Yemen", "Egypt", "Riyadh", "Jeddah", "السعودية النفط", "إيران الاتفاق النووي", "Turkey", "روسيا", "قطر",
            "Iran nuclear deal", "الكويت", "مكة المكرمة");
    private static final List<String> DATE = List.of("النفط 2015", "الرياض أغسطس 2015", "Saudi oil 2015", "embassy 2015",
            "الأمطار يوليو 2015", "الهلال 2015", "أسعار النفط أغسطس 2015", "رمضان 2015", "elections 2015", "الحج 2015");
    /** Explicit from/to rather than dates read from the text. */
    private static final List<Map<String, String>> DATE_PARAMS = List.of(
            Map.of("q", "الهلال", "from", "2015-07", "to", "2015-07"),
            Map.of("q", "oil prices", "from", "2015-08-01", "to", "2015-08-15"),
            Map.of("q", "وزارة الصحة", "from", "2015-07-15", "to", "2015-08-31"));
    private static final List<String> PHRASE = List.of("\"وزارة الخارجية\"", "\"ولي العهد\"", "\"خادم الحرمين الشريفين\"",
            "\"مجلس الوزراء\"", "\"وزارة الخارجية\" -إيران", "\"الأمن العام\"", "\"كأس العالم\"", "\"سوق الأسهم\"",
            "\"هيئة الأمر بالمعروف\"", "\"الدفاع المدني\" جدة");
    private static final List<String> EN = List.of("Saudi oil prices", "US embassy inquiries", "football match", "rain floods",
            "stock market fall");
    private static final List<String> AR = List.of("السفارة الأمريكية", "النفط OR الغاز", "الهلال النصر", "أسعار الأسهم",
            "الأمطار والسيول");
    private static final List<String> TR = List.of("Türkiye savunma", "petrol fiyatları", "futbol maçı");
    private static final List<Map<String, String>> FACETS = List.of(
            Map.of("q", "النفط", "lang", "ar"),
            Map.of("q", "الهلال", "source", "alriyadh.com"),
            Map.of("q", "وزارة", "source", "alriyadh.com,okaz.com.sa", "lang", "ar"),
            Map.of("entity", "Q851"),
            Map.of("about", "Q794", "sort", "date"),
            Map.of("q", "economy", "entity", "Q851"),
            Map.of("q", "المملكة", "about", "Q851", "source", "sabq.org"),
            Map.of("q", "النفط", "sort", "date", "size", "20"));
    private static final List<Map<String, String>> TIMELINE = List.of(
            Map.of("q", "النفط", "interval", "week"),
            Map.of("q", "Iran", "interval", "day"),
            Map.of("q", "\"وزارة الخارجية\"", "interval", "month"),
            Map.of("q", "الهلال 2015", "interval", "week"),
            Map.of("q", "oil prices", "interval", "day"));

    /** The fixed, seeded query set: {@code total} requests spread evenly over the classes (cycled when short). */
    public static List<Probe> probes(Path sharedData, int total) {
        Map<QueryClass, List<Probe>> pools = new EnumMap<>(QueryClass.class);
        pools.put(QueryClass.ENTITY, search(QueryClass.ENTITY, ENTITY));
        List<Probe> dates = new ArrayList<>(search(QueryClass.DATE, DATE));
        DATE_PARAMS.forEach(p -> dates.add(new Probe(QueryClass.DATE, "/search", p)));
        pools.put(QueryClass.DATE, dates);
        pools.put(QueryClass.PHRASE, search(QueryClass.PHRASE, PHRASE));
        int perClass = Math.max(1, (int) Math.ceil(total / (double) QueryClass.values().length));
        Path xquad = sharedData.resolve("clir-xquad-ar-en-tr");
        pools.put(QueryClass.XL_EN_AR, crossLingual(QueryClass.XL_EN_AR, EN, xquad.resolve("queries_en.tsv"), perClass, 1));
        pools.put(QueryClass.XL_AR_EN, crossLingual(QueryClass.XL_AR_EN, AR, xquad.resolve("queries_ar.tsv"), perClass, 2));
        pools.put(QueryClass.XL_TR_AR, crossLingual(QueryClass.XL_TR_AR, TR, xquad.resolve("queries_tr.tsv"), perClass, 3));
        pools.put(QueryClass.FACETS, FACETS.stream().map(p -> new Probe(QueryClass.FACETS, "/search", p)).toList());
        pools.put(QueryClass.TIMELINE, TIMELINE.stream().map(p -> new Probe(QueryClass.TIMELINE, "/timeline", p)).toList());
        // Interleaved by class, so a disturbance on the shared machine does not hit one class only.
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (QueryClass c : QueryClass.values()) {
                List<Probe> pool = pools.get(c);
                out.add(pool.get(i % pool.size()));
            }
        }
        return out;
    }

    private static List<Probe> search(QueryClass c, List<String> qs) {
        return qs.stream().map(q -> new Probe(c, "/search", Map.of("q", q))).toList();
    }

    /** A few news-style queries, then seeded XQuAD questions in the source language. */
    private static List<Probe> crossLingual(QueryClass c, List<String> fixed, Path questions, int n, long seed) {
        List<Probe> out = new ArrayList<>(search(c, fixed));
        List<String> qs = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(questions, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split("\t", -1);
                if (row.length > 1 && !row[1].isBlank()) {
                    qs.add(row[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed);
        while (out.size() < n && !qs.isEmpty()) {
            out.add(new Probe(c, "/search", Map.of("q", qs.get(random.nextInt(qs.size())))));
        }
        return out;
    }
}
