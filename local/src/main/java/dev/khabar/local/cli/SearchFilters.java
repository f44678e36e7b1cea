package dev.khabar.local.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The search options shared by {@code search} and {@code export}, as API query parameters. */
final class SearchFilters {
    static final Set<String> OPTIONS = Set.of("from", "to", "lang", "entity", "source", "sort");

    private SearchFilters() {
    }

    static String queryText(CliArguments args, String command) {
        if (args.positionals().isEmpty()) {
            throw CliException.usage(command + " needs a QUERY");
        }
        return String.join(" ", args.positionals());
    }

    /** q first, then the filters given; comma-separated values are sent as repeated parameters. */
    static List<Map.Entry<String, String>> params(String q, CliArguments args) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        params.add(Map.entry("q", q));
        for (String name : List.of("from", "to", "lang", "entity", "source", "sort")) {
            String value = args.option(name);
            if (value == null) {
                continue;
            }
            if (name.equals("lang") || name.equals("entity") || name.equals("source")) {
                for (String one : value.split(",")) {
                    if (!one.isBlank()) {
                        params.add(Map.entry(name, one.strip()));
                    }
                }
            } else {
                params.add(Map.entry(name, value));
            }
        }
        return params;
    }
}
