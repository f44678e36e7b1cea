package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code search QUERY [filters] [--json|--csv|--jsonl]}: one page of results. */
final class SearchCommand {
    static final Set<String> OPTIONS = union(SearchFilters.OPTIONS, Set.of("size", "cursor", "api"));
    static final Set<String> FLAGS = Set.of("json", "csv", "jsonl", "no-interpret");

    private final ApiClient api;
    private final PrintStream out;
    private final int width;

    SearchCommand(ApiClient api, PrintStream out, int width) {
        this.api = api;
        this.out = out;
        this.width = width;
    }

    int run(CliArguments args) {
        String format = args.oneOf("table", "json", "csv", "jsonl");
        List<Map.Entry<String, String>> params = new ArrayList<>(SearchFilters.params(SearchFilters.queryText(args, "search"), args));
        if (args.option("size") != null) {
            params.add(Map.entry("size", args.option("size")));
        }
        if (args.option("cursor") != null) {
            params.add(Map.entry("cursor", args.option("cursor")));
        }
        if (args.flag("no-interpret")) {
            params.add(Map.entry("interpret", "false"));
        }
        JsonNode reply = api.getJson("/search" + ApiClient.query(params));
        JsonNode hits = reply.path("hits");
        switch (format) {
            case "json" -> out.println(reply.toPrettyString());
            case "jsonl" -> hits.forEach(h -> out.println(HitFormats.jsonLine(h)));
            case "csv" -> {
                out.println(HitFormats.csvHeader());
                hits.forEach(h -> out.println(HitFormats.csvRow(h)));
            }
            default -> {
                String reading = Interpretation.describe(reply.path("interpreted"));
                if (!reading.isEmpty()) {
                    out.println("read as: " + reading);
                }
                out.print(HitFormats.table(hits, width));
                long total = reply.path("total").asLong(hits.size());
                out.println(hits.size() + " of " + total + " articles"
                        + (reply.path("cursor").isTextual() ? "; next page: --cursor " + reply.path("cursor").asText() : ""));
            }
        }
        return ExitCodes.OK;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
