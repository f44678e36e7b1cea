package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export QUERY --out FILE [--format jsonl|csv] [filters]}: every match into a file, streamed
 * from {@code GET /export}; on a server without that route, by paging {@code GET /search}. The file
 * appears only when the export is complete.
 */
final class ExportCommand {
    static final Set<String> OPTIONS = SearchCommand.union(SearchFilters.OPTIONS, Set.of("out", "format", "api"));
    static final Set<String> FLAGS = Set.of();
    static final int PAGE = 100;

    private final ApiClient api;
    private final PrintStream err;
    private final boolean interactive;

    ExportCommand(ApiClient api, PrintStream err, boolean interactive) {
        this.api = api;
        this.err = err;
        this.interactive = interactive;
    }

    int run(CliArguments args) throws IOException {
        String q = SearchFilters.queryText(args, "export");
        String out = args.option("out");
        if (out == null) {
            throw CliException.usage("export needs --out FILE");
        }
        String format = format(args.option("format"), out);
        List<Map.Entry<String, String>> params = SearchFilters.params(q, args);

        List<Map.Entry<String, String>> probe = new ArrayList<>(params);
        probe.add(Map.entry("size", "1"));
        long total = api.getJson("/search" + ApiClient.query(probe)).path("total").asLong(0);

        Path target = Path.of(out).toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "." + target.getFileName() + ".", ".part");
        ProgressBar progress = new ProgressBar(err, interactive, "exporting", total);
        long written;
        try {
            try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = streamExport(params, format, w, progress);
                if (written < 0) {
                    written = pageSearch(params, format, w, progress);
                }
            }
            progress.finish(written);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        err.println("exported " + written + " articles to " + out);
        if (written < total) {
            err.println("warning: the API reported " + total + " matches but gave " + written);
            return ExitCodes.REFUSED;
        }
        return ExitCodes.OK;
    }

    static String format(String given, String out) {
        String format = given != null ? given : out.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "jsonl";
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw CliException.usage("--format must be jsonl or csv");
        }
        return format;
    }

    /** @return the number of articles written, or -1 when the server has no export route */
    private long streamExport(List<Map.Entry<String, String>> params, String format, BufferedWriter w, ProgressBar progress)
            throws IOException {
        List<Map.Entry<String, String>> query = new ArrayList<>(params);
        query.add(Map.entry("format", format));
        InputStream in;
        try {
            in = api.getStream("/export" + ApiClient.query(query));
        } catch (ApiException e) {
            if (e.routeMissing()) {
                return -1;
            }
            throw e;
        }
        long count = 0;
        boolean header = format.equals("csv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                w.write(line);
                w.write('\n');
                if (header) {
                    header = false;
                } else if (!line.isEmpty()) {
                    count++;
                    progress.update(count);
                }
            }
        }
        return count;
    }

    private long pageSearch(List<Map.Entry<String, String>> params, String format, BufferedWriter w, ProgressBar progress)
            throws IOException {
        if (format.equals("csv")) {
            w.write(HitFormats.csvHeader());
            w.write('\n');
        }
        long count = 0;
        String cursor = null;
        Set<String> seenCursors = new HashSet<>();
        do {
            List<Map.Entry<String, String>> query = new ArrayList<>(params);
            query.add(Map.entry("size", String.valueOf(PAGE)));
            if (cursor != null) {
                query.add(Map.entry("cursor", cursor));
            }
            JsonNode page = api.getJson("/search" + ApiClient.query(query));
            for (JsonNode hit : page.path("hits")) {
                w.write(format.equals("csv") ? HitFormats.csvRow(hit) : HitFormats.jsonLine(hit));
                w.write('\n');
                progress.update(++count);
            }
            cursor = page.path("hits").isEmpty() ? null : page.path("cursor").textValue();
        } while (cursor != null && seenCursors.add(cursor));
        return count;
    }
}
