package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The API's reading of a query ("interpreted") as one line for the table output. */
final class Interpretation {
    private Interpretation() {
    }

    static String describe(JsonNode interpreted) {
        List<String> parts = new ArrayList<>();
        for (JsonNode d : interpreted.path("dates")) {
            parts.add("date \"" + d.path("text").asText() + "\" " + d.path("from").asText("…") + ".." + d.path("to").asText("…"));
        }
        for (JsonNode e : interpreted.path("entities")) {
            parts.add(e.path("type").asText("entity") + " " + e.path("label").asText(e.path("id").asText())
                    + (e.hasNonNull("id") ? " (" + e.path("id").asText() + ")" : ""));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = interpreted.path("expansions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> term = it.next();
            List<String> alternatives = new ArrayList<>();
            // The API groups translations by language ({"ar":[...],"tr":[...]}); a flat list reads the same.
            term.getValue().forEach(v -> {
                if (v.isArray()) {
                    v.forEach(w -> alternatives.add(w.asText()));
                } else {
                    alternatives.add(v.asText());
                }
            });
            parts.add(term.getKey() + " → " + String.join(", ", alternatives));
        }
        return String.join("; ", parts);
    }
}
