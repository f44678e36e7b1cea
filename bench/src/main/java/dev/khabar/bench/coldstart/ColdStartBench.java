package dev.khabar.bench.coldstart;

import dev.khabar.aws.AppConfig;
import dev.khabar.bench.BenchMain;
import dev.khabar.local.LocalStack;

import java.io.IOException;
import java.io.InputStream;
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
            new Target("search-api", "dev.khabar.functions.search.SearchApiHandler", "search"));

    record Run(double totalMs, double constructMs, double primeMs, double firstMs, double secondMs, String status, int heapMb) {
    }

    @Override
    public void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = repoRoot();
        Path work = root.resolve("bench/target/coldstart");
        Map<String, String> env = new HashMap<>(System.getenv());
        AppConfig config = AppConfig.from(env);
        AppConfig bench = new AppConfig("khabar-coldstart", "khabar-coldstart", config.openSearchEndpoint(), "coldstart",
                config.region(), config.s3Endpoint());
        new LocalStack(bench).provision();
        env.put("KHABAR_BUCKET", bench.bucket());
        env.put("KHABAR_TABLE", bench.table());
        env.put("KHABAR_INDEX", bench.indexAlias());
        Path probeClasses = Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Run> floor = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            floor.add(spawn(List.of(probeClasses.toString()), JvmFloorProbe.class.getName(), List.of(), env, null));
        }
        System.out.printf("cold start, fresh JVM per run, flags %s, median of %d runs%n", String.join(" ", LAMBDA_FLAGS), runs);
        System.out.printf("%-17s %7s %9s %10s %8s %9s %9s %9s %8s %s%n", "function", "zip MB", "total ms", "construct",
                "prime", "1st call", "2nd call", "vs floor", "heap MB", "statuses");
        double floorMs = median(floor.stream().map(Run::totalMs).toList());
        System.out.printf("%-17s %7s %9.0f %10s %8s %9s %9s %9s %8s %s%n", "jvm floor", "-", floorMs, "-", "-", "-", "-", "1.0x", "-",
                "baseline");
        Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();
        for (Target t : TARGETS) {
            Path zip = root.resolve("functions/" + t.zip() + "/target/" + t.zip() + ".zip");
            if (!Files.exists(zip)) {
                System.out.printf("%-11s (no zip at %s; skipped)%n", t.zip(), root.relativize(zip));
                continue;
            }
            Path dir = unzip(zip, work.resolve(t.zip()));
            List<String> cp = new ArrayList<>(List.of(probeClasses.toString(), dir.toString(), dir.resolve("lib").toString() + "/*"));
            for (String mode : List.of("cold", "prime")) {
                List<Run> results = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    results.add(spawn(cp, ColdStartProbe.class.getName(),
                            List.of(t.handler(), t.request(), mode + i, mode), env, null));
                }
                double total = median(results.stream().map(Run::totalMs).toList());
                System.out.printf("%-17s %7.1f %9.0f %10.0f %8.0f %9.0f %9.0f %8.1fx %8d %s%n",
                        t.zip() + (mode.equals("prime") ? " +prime" : ""), Files.size(zip) / 1e6, total,
                        median(results.stream().map(Run::constructMs).toList()), median(results.stream().map(Run::primeMs).toList()),
                        median(results.stream().map(Run::firstMs).toList()), median(results.stream().map(Run::secondMs).toList()),
                        total / floorMs, results.get(results.size() - 1).heapMb(),
                        results.stream().map(Run::status).distinct().toList());
            }
            Path log = work.resolve(t.zip() + "-classes.log");
            spawn(cp, ColdStartProbe.class.getName(), List.of(t.handler(), t.request(), "classlog"), env, log);
            classes.put(t.zip(), classesByOrigin(log));
        }
        System.out.println();
        System.out.println("classes loaded by one cold start (first and second call included), by origin:");
        classes.forEach((fn, counts) -> System.out.printf("  %-11s %s%n", fn, counts));
        System.out.println("target: search-api total < 1000 ms on this machine. With SnapStart, construction and priming"
                + " happen once before the snapshot; a restored container pays the restore and the '+prime' row's 1st call.");
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
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int code = p.waitFor();
        double total = (System.nanoTime() - start) / 1e6;
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
