package dev.khabar.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.search.SearchHit;
import dev.khabar.search.SearchService;

/**
 * Collects export rows as JSON lines or CSV. CSV cells that a spreadsheet would run as a formula
 * are prefixed with an apostrophe: titles come from the open web.
 */
public final class ExportBody implements SearchService.ExportWriter {
    private final ObjectMapper json;
    private final boolean csv;
    private final StringBuilder out = new StringBuilder();
    private long rows;
    private long truncatedAt = -1;

    public ExportBody(ObjectMapper json, String format) {
        String f = format == null || format.isBlank() ? "jsonl" : format.strip();
        if (!f.equals("jsonl") && !f.equals("csv")) {
            throw new InvalidInputException("invalid_format", "Parameter 'format' must be jsonl or csv.");
        }
        this.json = json;
        this.csv = f.equals("csv");
        if (csv) {
            out.append("id,published,language,title,url\r\n");
        }
    }

    @Override
    public void row(SearchHit hit) {
        rows++;
        if (csv) {
            out.append(cell(hit.id())).append(',').append(cell(hit.published())).append(',').append(cell(hit.language()))
                    .append(',').append(cell(hit.title())).append(',').append(cell(hit.url())).append("\r\n");
        } else {
            ObjectNode line = json.createObjectNode();
            line.put("id", hit.id()).put("published", hit.published()).put("language", hit.language())
                    .put("title", hit.title()).put("url", hit.url());
            out.append(line).append('\n');
        }
    }

    @Override
    public void truncated(long total) {
        truncatedAt = total;
    }

    public String contentType() {
        return csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
    }

    public String body() {
        return out.toString();
    }

    public long rows() {
        return rows;
    }

    /** The total number of matches when the export stopped at its cap, else -1. */
    public long truncatedAt() {
        return truncatedAt;
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
