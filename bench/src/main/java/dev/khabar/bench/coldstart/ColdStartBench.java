package dev.khabar.bench.coldstart;

import dev.khabar.aws.AppConfig;
import dev.khabar.bench.BenchMain;
import dev.khabar.local.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code ./khabar bench coldstart [runs]}: each function's cold start on this machine, a fresh JVM per
 * run with Lambda's flags and only the function's zip on the class path, against the bench servers.
 * Baseline: the same JVM starting and exiting with nothing loaded (the floor no code change can beat).
 */
public final class ColdStartBench implements BenchMain.Bench {
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx768m");
    private static final Pattern PROBE = Pattern.compile(
            "PROBE construct_ms=([\\d.]+) prime_ms=([\\d.]+) first_ms=([\\d.]+) second_ms=([\\d.]+) status=(\\S+) heap_mb=(\\d+)");

    /** A function zip and the request its first invocation gets. */
    record Target(String zip, String handler, String request) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("ingest-api", "dev.khabar.functions.ingest.IngestApiHandler", "ingest"),
            new Target("search-api", "dev.khabar.functions.search.SearchApiHandler", "search"),
            new Target("feeds", "dev.khabar.functions.feeds.FeedsApiHandler", "feeds"),
            new Target("feeds", "dev.khabar.functions.feeds.FeedPollHandler", "feed-poll"),
            new Target("inbox", "dev.khabar.functions.inbox.InboxHandler", "inbox"),
            new Target("reindex", "dev.khabar.functions.reindex.ReindexHandler", "reindex"),
            new Target("reindex-api", "dev.khabar.functions.reindex.ReindexApiHandler", "reindex-api"));

    /** One function's medians: the whole cold start, its parts, the zip. {@code primedFirstMs} is NaN without priming. */
    public record Result(String function, double zipMb, double totalMs, double constructMs, double firstMs, double secondMs,
                         double primedFirstMs, int runs) {
    }

    /** The floor (a bare JVM) and every function, measured in the same run. */
    public record Results(double floorMs, List<Result> functions) {
    }

    record Run(double totalMs, double constructMs, double primeMs, double firstMs, double secondMs, String status, int heapMb) {
    }

    @Override
    public void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();
        Results results = measure(runs, classes);
        System.out.printf("cold start, fresh JVM per run, flags %s, median of %d runs%n", String.join(" ", LAMBDA_FLAGS), runs);
        System.out.printf("%-34s %7s %9s %10s %9s %9s %9s %15s%n", "function (handler)", "zip MB", "total ms", "construct",
                "1st call", "2nd call", "vs floor", "primed 1st call");
        System.out.printf("%-34s %7s %9.0f %10s %9s %9s %9s %15s%n", "jvm floor (baseline)", "-", results.floorMs(), "-", "-", "-",
                "1.0x", "-");
        for (Result r : results.functions()) {
            System.out.printf("%-34s %7.1f %9.0f %10.0f %9.0f %9.0f %8.1fx %15s%n", r.function(), r.zipMb(), r.totalMs(),
                    r.constructMs(), r.firstMs(), r.secondMs(), r.totalMs() / results.floorMs(),
                    Double.isNaN(r.primedFirstMs()) ? "-" : String.format("%.0f", r.primedFirstMs()));
        }
        System.out.println();
        System.out.println("classes loaded by one cold start (first and second call included), by origin:");
        classes.forEach((fn, counts) -> System.out.printf("  %-34s %s%n", fn, counts));
        System.out.println("target: search-api total < 1000 ms on this machine. With SnapStart (the two API functions),"
                + " construction and priming happen once before the snapshot; a restored container pays the restore and the"
                + " primed first call.");
    }

    /**
     * @param classes when not null, filled with the classes one cold start of each function loads, by origin
     */
    public Results measure(int runs, Map<String, Map<String, Integer>> classes) throws Exception {
        return measure(runs, classes, true);
    }

    /** @param primed also measure the SnapStart functions' first call after priming */
    public Results measure(int runs, Map<String, Map<String, Integer>> classes, boolean primed) throws Exception {
        Path root = repoRoot();
        Path work = root.resolve("bench/target/coldstart");
        Map<String, String> env = new HashMap<>(System.getenv());
        AppConfig config = AppConfig.from(env);
        AppConfig bench = new AppConfig("khabar-coldstart", "khabar-coldstart", config.openSearchEndpoint(), "coldstart",
                config.region(), config.s3Endpoint());
        LocalStack stack = new LocalStack(bench).provision();
        env.put("KHABAR_BUCKET", bench.bucket());
        env.put("KHABAR_TABLE", bench.table());
        env.put("KHABAR_INDEX", bench.indexAlias());
        // The reindex API starts the reindex function by name; the probe's request is refused before that.
        env.putIfAbsent("KHABAR_REINDEX_FUNCTION", "khabar-reindex");
        Path probeClasses = Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Run> floor = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            floor.add(spawn(List.of(probeClasses.toString()), JvmFloorProbe.class.getName(), List.of(), env, null));
        }
        List<Result> out = new ArrayList<>();
        for (Target t : TARGETS) {
            Path zip = root.resolve("functions/" + t.zip() + "/target/" + t.zip() + ".zip");
            if (!Files.exists(zip)) {
                throw new IllegalStateException("no zip at " + root.relativize(zip) + ": build first (./khabar bench builds)");
            }
            Path dir = unzip(zip, work.resolve(t.zip()));
            List<String> cp = new ArrayList<>(List.of(probeClasses.toString(), dir.toString(), dir.resolve("lib").toString() + "/*"));
            boolean primes = primed && (t.request().equals("search") || t.request().equals("ingest"));
            Map<String, List<Run>> byMode = new LinkedHashMap<>();
            for (String mode : primes ? List.of("cold", "prime") : List.of("cold")) {
                List<Run> results = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    String run = mode + i + "-" + System.nanoTime();
                    stageInbox(stack, t, run);
                    results.add(spawn(cp, ColdStartProbe.class.getName(), List.of(t.handler(), t.request(), run, mode), env, null));
                }
                byMode.put(mode, results);
            }
            List<Run> cold = byMode.get("cold");
            String name = t.zip() + " (" + t.handler().substring(t.handler().lastIndexOf('.') + 1) + ")";
            out.add(new Result(name, Files.size(zip) / 1e6, median(cold.stream().map(Run::totalMs).toList()),
                    median(cold.stream().map(Run::constructMs).toList()), median(cold.stream().map(Run::firstMs).toList()),
                    median(cold.stream().map(Run::secondMs).toList()),
                    primes ? median(byMode.get("prime").stream().map(Run::firstMs).toList()) : Double.NaN, runs));
            if (classes != null) {
                Path log = work.resolve(t.request() + "-classes.log");
                String run = "classlog-" + System.nanoTime();
                stageInbox(stack, t, run);
                spawn(cp, ColdStartProbe.class.getName(), List.of(t.handler(), t.request(), run, "cold"), env, log);
                classes.put(name, classesByOrigin(log));
            }
        }
        return new Results(median(floor.stream().map(Run::totalMs).toList()), out);
    }

    /** The inbox function's first and second calls each get a one-article file, as S3 would have it. */
    private static void stageInbox(LocalStack stack, Target t, String run) {
        if (!t.request().equals("inbox")) {
            return;
        }
        for (int call = 1; call <= 2; call++) {
            String line = "{\"title\":\"Cold start " + run + " " + call + "\",\"body\":\"Ankara and Cairo held a second round of "
                    + "defence talks on Tuesday, officials said, as Washington asked about the agenda.\",\"url\":"
                    + "\"https://news.example.org/coldstart/" + run + "/" + call + "\"}\n";
            stack.inboxFiles().put(ColdStartProbe.inboxKey(run, call), line.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        }
    }

    private static Run spawn(List<String> classpath, String main, List<String> args, Map<String, String> env, Path classLog)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(LAMBDA_FLAGS);
        if (classLog != null) {
            cmd.add("-Xlog:class+load=info:file=" + classLog);
        }
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, classpath));
        cmd.add(main);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        // A cold start ends when the first invocation has answered (the probe says so on a line of
        // its own); the second call and the JVM's exit, which waits on the clients' native threads,
        // are not part of it: Lambda freezes a container, it does not exit it.
        double total = Double.NaN;
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (Double.isNaN(total) && (line.startsWith(ColdStartProbe.ANSWERED) || line.startsWith("PROBE "))) {
                    total = (System.nanoTime() - start) / 1e6;
                }
                out.append(line).append('\n');
            }
        }
        int code = p.waitFor();
        Matcher m = PROBE.matcher(out);
        if (code != 0 || !m.find()) {
            throw new IllegalStateException("probe " + main + " " + args + " failed (exit " + code + "):\n" + out);
        }
        return new Run(total, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), m.group(5), Integer.parseInt(m.group(6)));
    }

    /** Counts -Xlog:class+load lines by where the class came from: the JDK, or the library's package. */
    static Map<String, Integer> classesByOrigin(Path log) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        List<String[]> origins = List.of(
                new String[]{"software.amazon.awssdk.", "aws-sdk"}, new String[]{"org.opensearch.", "opensearch-java"},
                new String[]{"org.apache.hc.", "httpclient5"}, new String[]{"com.fasterxml.jackson.", "jackson"},
                new String[]{"com.amazonaws.", "lambda-events"}, new String[]{"dev.khabar.", "khabar"},
                new String[]{"jakarta.", "jakarta"}, new String[]{"org.eclipse.parsson", "parsson"});
        int total = 0;
        for (String line : Files.readAllLines(log)) {
            int tag = line.indexOf("[class,load] ");
            if (tag < 0) {
                continue;
            }
            String rest = line.substring(tag + "[class,load] ".length());
            String name = rest.split(" ", 2)[0];
            String origin = rest.contains("source: jrt:/") || rest.contains("shared objects file") ? "jdk" : "other";
            for (String[] o : origins) {
                if (name.startsWith(o[0])) {
                    origin = o[1];
                }
            }
            counts.merge(origin, 1, Integer::sum);
            total++;
        }
        counts.put("TOTAL", total);
        return counts;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path unzip(Path zip, Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(dir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("zip entry outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static Path repoRoot() throws Exception {
        Path p = Path.of(ColdStartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        while (p != null && !Files.exists(p.resolve("khabar"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root above the bench classes");
        }
        return p;
    }
}
