package dev.khabar.local.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code ingest PATH|URL...}: posts each article through the public API ({@code POST /articles}),
 * so it works the same against a deployed API. Files: .txt (the raw text format), .json (one
 * article), .jsonl (one article a line); folders are walked for those; URLs are fetched and posted.
 */
final class IngestCommand {
    static final Set<String> OPTIONS = Set.of("api");
    static final Set<String> FLAGS = Set.of();

    private final ApiClient api;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    IngestCommand(ApiClient api, PrintStream out, PrintStream err, boolean interactive) {
        this.api = api;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    record Payload(String contentType, byte[] body) {
    }

    record Item(String name, Supplier<Payload> payload) {
    }

    record Summary(int created, int duplicates, List<String> rejected, List<String> failed) {
        int exitCode() {
            return !failed.isEmpty() ? ExitCodes.UNAVAILABLE : !rejected.isEmpty() ? ExitCodes.REFUSED : ExitCodes.OK;
        }
    }

    int run(CliArguments args) throws IOException {
        if (args.positionals().isEmpty()) {
            throw CliException.usage("ingest needs at least one PATH or URL");
        }
        List<Item> items = new ArrayList<>();
        for (String target : args.positionals()) {
            items.addAll(expand(target));
        }
        Summary summary = ingest(items);
        out.println("ingested " + items.size() + " items: " + summary.created() + " created, " + summary.duplicates()
                + " duplicates, " + summary.rejected().size() + " rejected"
                + (summary.failed().isEmpty() ? "" : ", " + summary.failed().size() + " failed"));
        summary.rejected().forEach(r -> out.println("  rejected " + r));
        summary.failed().forEach(r -> out.println("  failed " + r));
        return summary.exitCode();
    }

    Summary ingest(List<Item> items) {
        ProgressBar progress = new ProgressBar(err, interactive, "ingesting", items.size());
        int created = 0;
        int duplicates = 0;
        List<String> rejected = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int done = 0;
        for (Item item : items) {
            Payload payload;
            try {
                payload = item.payload().get();
            } catch (CliException e) {
                rejected.add(item.name() + ": " + e.getMessage());
                progress.update(++done);
                continue;
            }
            ApiClient.Reply reply = api.post("/articles", payload.contentType(), payload.body());
            if (reply.status() == 201) {
                created++;
            } else if (reply.status() == 200) {
                duplicates++;
            } else if (reply.status() >= 500) {
                failed.add(item.name() + ": " + reply.status() + " " + reply.errorCode());
            } else {
                rejected.add(item.name() + ": " + reply.errorCode()
                        + (reply.errorMessage().isEmpty() ? "" : " (" + reply.errorMessage() + ")"));
            }
            progress.update(++done);
        }
        progress.finish(done);
        return new Summary(created, duplicates, rejected, failed);
    }

    List<Item> expand(String target) throws IOException {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return List.of(new Item(target, () -> fetch(URI.create(target))));
        }
        Path path = Path.of(target);
        if (Files.isDirectory(path)) {
            List<Item> items = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path f : files.filter(Files::isRegularFile).filter(IngestCommand::isArticleFile).sorted().toList()) {
                    items.addAll(fileItems(f));
                }
            }
            return items;
        }
        if (!Files.isRegularFile(path)) {
            throw CliException.usage("no such file or folder: " + target);
        }
        return fileItems(path);
    }

    static boolean isArticleFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl"));
    }

    static String contentTypeFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".jsonl") ? "application/json" : "text/plain; charset=utf-8";
    }

    private static List<Item> fileItems(Path f) throws IOException {
        String name = f.toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return List.of(new Item(name, () -> read(f)));
        }
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                items.add(new Item(name + ":" + (i + 1), () -> new Payload("application/json", line.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return items;
    }

    private static Payload read(Path f) {
        try {
            return new Payload(contentTypeFor(f.getFileName().toString()), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read: " + e.getMessage());
        }
    }

    private Payload fetch(URI uri) {
        HttpResponse<byte[]> r = api.fetch(uri);
        if (r.statusCode() / 100 != 2) {
            throw new CliException(ExitCodes.REFUSED, "fetching it answered HTTP " + r.statusCode());
        }
        String type = r.headers().firstValue("content-type").orElse("text/plain; charset=utf-8");
        return new Payload(type, r.body());
    }
}
