package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.JsonMappers;
import dev.khabar.inbox.InboxKeys;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./khabar ingest PATH...}: uploads files (folders are walked) into the running stack's inbox,
 * then follows the reports the inbox function writes to {@code processed/} with a progress bar, and
 * ends with what became of every article: created, duplicates, rejected with their reasons.
 */
public final class InboxUpload {
    private static final Set<String> ACCEPTED = Set.of("txt", "html", "htm", "json", "jsonl", "ndjson", "zip");
    private static final long QUIET_TIMEOUT_MS = 300_000;
    private final S3Client s3;
    private final String bucket;
    private final ObjectMapper json = JsonMappers.create();
    private final PrintStream out;

    InboxUpload(S3Client s3, String bucket, PrintStream out) {
        this.s3 = s3;
        this.bucket = bucket;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ./khabar ingest PATH...   (files or folders of .txt .html .json .jsonl .zip)");
            System.exit(2);
        }
        LocalStack stack = new LocalStack(AppConfig.from(System.getenv()));
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> ACCEPTED.contains(extension(f))).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                System.err.println("khabar: no such file or folder: " + arg);
                System.exit(2);
            }
        }
        boolean ok = new InboxUpload(stack.s3(), stack.config().bucket(), System.err).run(files);
        System.exit(ok ? 0 : 1);
    }

    boolean run(List<Path> files) throws IOException, InterruptedException {
        String batch = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Map<String, Path> keys = new LinkedHashMap<>();
        for (Path f : files) {
            String key = InboxKeys.INBOX + batch + "/" + f.getFileName();
            for (int n = 2; keys.containsKey(key); n++) {
                key = InboxKeys.INBOX + batch + "/" + n + "-" + f.getFileName();
            }
            keys.put(key, f);
        }
        long bytes = 0;
        int uploaded = 0;
        for (Map.Entry<String, Path> e : keys.entrySet()) {
            String key = e.getKey();
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(e.getValue()));
            bytes += Files.size(e.getValue());
            out.printf("\ruploaded %d/%d files (%,d bytes)   ", ++uploaded, keys.size(), bytes);
        }
        out.println();
        return follow(new ArrayList<>(keys.keySet()));
    }

    private boolean follow(List<String> keys) throws InterruptedException {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        long lastChange = System.currentTimeMillis();
        long lastItems = -1;
        long started = System.currentTimeMillis();
        while (reports.size() < keys.size()) {
            long items = 0;
            long created = 0;
            long duplicates = 0;
            long rejected = 0;
            for (String key : keys) {
                JsonNode r = reports.get(key);
                if (r == null) {
                    r = read(InboxKeys.report(key));
                    if (r != null) {
                        reports.put(key, r);
                    } else {
                        r = read(InboxKeys.progress(key));
                    }
                }
                if (r != null) {
                    items += r.path("items").asLong();
                    created += r.path("created").asLong();
                    duplicates += r.path("duplicates").asLong();
                    rejected += r.path("rejected").asLong();
                }
            }
            double seconds = Math.max(0.001, (System.currentTimeMillis() - started) / 1000.0);
            out.printf("\r%s %d/%d files  %,d articles (%,d new, %,d duplicates, %,d rejected)  %,.0f/s   ",
                    bar(reports.size(), keys.size()), reports.size(), keys.size(), items, created, duplicates, rejected, items / seconds);
            if (items != lastItems) {
                lastItems = items;
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastChange > QUIET_TIMEOUT_MS) {
                out.println();
                out.println("khabar: no progress for 5 minutes; is ./khabar up running? Files still waiting stay in inbox/.");
                return false;
            }
            if (reports.size() < keys.size()) {
                Thread.sleep(300);
            }
        }
        out.println();
        summary(reports);
        return true;
    }

    private void summary(Map<String, JsonNode> reports) {
        long created = 0;
        long duplicates = 0;
        long rejected = 0;
        long pending = 0;
        Map<String, Integer> byCode = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        for (JsonNode r : reports.values()) {
            created += r.path("created").asLong();
            duplicates += r.path("duplicates").asLong();
            rejected += r.path("rejected").asLong();
            pending += r.path("pending").asLong();
            for (JsonNode j : r.path("rejections")) {
                byCode.merge(j.path("code").asText(), 1, Integer::sum);
                if (examples.size() < 10) {
                    examples.add("  " + r.path("file").asText() + " " + j.path("where").asText() + ": "
                            + j.path("code").asText() + " (" + j.path("reason").asText() + ")");
                }
            }
        }
        out.printf("created %,d  duplicates %,d  rejected %,d%s%n", created, duplicates, rejected,
                pending > 0 ? String.format("  (%,d not yet searchable: index unavailable, ./khabar reindex --pending)", pending) : "");
        if (rejected > 0) {
            out.println("rejected by reason: " + byCode);
            examples.forEach(out::println);
            out.println("each rejected file or line is in rejected/ in the bucket, with a .reason.json beside it");
        }
    }

    private JsonNode read(String key) {
        try {
            return json.readTree(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return null;
        } catch (IOException | software.amazon.awssdk.services.s3.model.S3Exception e) {
            return null;
        }
    }

    private static String bar(int done, int total) {
        int width = 24;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
