package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code analyze FILE [--json]}: what Khabar understands of an article, without storing it. */
final class AnalyzeCommand {
    static final Set<String> OPTIONS = Set.of("api");
    static final Set<String> FLAGS = Set.of("json");

    private final ApiClient api;
    private final PrintStream out;
    private final InputStream stdin;

    AnalyzeCommand(ApiClient api, PrintStream out, InputStream stdin) {
        this.api = api;
        this.out = out;
        this.stdin = stdin;
    }

    int run(CliArguments args) throws IOException {
        if (args.positionals().size() != 1) {
            throw CliException.usage("analyze needs exactly one FILE (or - for standard input)");
        }
        String file = args.positionals().get(0);
        byte[] body;
        if (file.equals("-")) {
            body = stdin.readAllBytes();
        } else if (Files.isRegularFile(Path.of(file))) {
            body = Files.readAllBytes(Path.of(file));
        } else {
            throw CliException.usage("no such file: " + file);
        }
        JsonNode reply = api.postJson("/analyze", IngestCommand.contentTypeFor(file), body);
        out.print(args.flag("json") ? reply.toPrettyString() + "\n" : describe(reply));
        return ExitCodes.OK;
    }

    /** Language, then entities and dates one a line, in the order the API gave them. */
    static String describe(JsonNode a) {
        StringBuilder sb = new StringBuilder();
        sb.append("language: ").append(a.path("language").asText("unknown")).append('\n');
        JsonNode entities = a.path("entities");
        sb.append("entities: ").append(entities.size()).append('\n');
        for (JsonNode e : entities) {
            sb.append("  ").append(e.path("label").asText(e.path("id").asText()))
                    .append("  [").append(e.path("type").asText("?")).append(' ').append(e.path("id").asText("")).append(']');
            if (e.has("count")) {
                sb.append("  ×").append(e.path("count").asInt());
            }
            JsonNode surfaces = e.path("surfaces");
            if (surfaces.isArray() && !surfaces.isEmpty()) {
                StringBuilder s = new StringBuilder();
                surfaces.forEach(x -> s.append(s.length() == 0 ? "" : ", ").append(x.asText()));
                sb.append("  as ").append(s);
            }
            sb.append('\n');
        }
        JsonNode dates = a.path("dates");
        sb.append("dates: ").append(dates.size()).append('\n');
        for (JsonNode d : dates) {
            String start = d.path("start").asText("?");
            String end = d.path("end").asText(start);
            sb.append("  \"").append(d.path("text").asText()).append("\" → ").append(start.equals(end) ? start : start + ".." + end);
            StringBuilder kind = new StringBuilder();
            for (String f : new String[] {"granularity", "kind", "calendar"}) {
                if (d.hasNonNull(f)) {
                    kind.append(kind.length() == 0 ? "" : ", ").append(d.path(f).asText());
                }
            }
            if (kind.length() > 0) {
                sb.append("  (").append(kind).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
