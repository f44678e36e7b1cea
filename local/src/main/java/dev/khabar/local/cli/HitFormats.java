package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Search hits as text: a table for people, CSV and JSON lines for scripts. */
public final class HitFormats {
    static final List<String> CSV_COLUMNS = List.of("id", "published", "language", "source", "title", "url", "score");

    private HitFormats() {
    }

    /** One line per hit: date, language, source, title cut to fit {@code width} columns, id. */
    public static String table(Iterable<JsonNode> hits, int width) {
        StringBuilder out = new StringBuilder();
        String header = row("DATE", "LANG", "SOURCE", "ID", "TITLE", width);
        out.append(header).append('\n');
        for (JsonNode hit : hits) {
            String published = hit.path("published").asText("");
            out.append(row(published.length() >= 10 ? published.substring(0, 10) : published,
                    hit.path("language").asText(""), hit.path("source").asText(""), hit.path("id").asText(""),
                    oneLine(hit.path("title").asText("")), width)).append('\n');
        }
        return out.toString();
    }

    private static String row(String date, String lang, String source, String id, String title, int width) {
        String left = pad(date, 10) + "  " + pad(lang, 4) + "  " + pad(cut(source, 18), 18) + "  " + pad(id, 16) + "  ";
        int room = Math.max(10, width - left.length());
        return left + cut(title, room);
    }

    public static String csvHeader() {
        return String.join(",", CSV_COLUMNS);
    }

    public static String csvRow(JsonNode hit) {
        StringBuilder sb = new StringBuilder();
        for (String column : CSV_COLUMNS) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            JsonNode v = hit.path(column);
            sb.append(csvField(v.isMissingNode() || v.isNull() ? "" : v.asText()));
        }
        return sb.toString();
    }

    /** RFC 4180: quote fields holding a comma, quote or line break, doubling inner quotes. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    public static String jsonLine(JsonNode hit) {
        return hit.toString();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Cut to at most {@code max} code points, marking the cut with an ellipsis. */
    static String cut(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max - 1))) + "…";
    }

    private static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }
}
