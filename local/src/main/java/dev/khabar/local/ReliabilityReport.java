package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints what the fault, concurrency and hostile-input tests measured (local/target/reliability)
 * and what the last fuzzing run did (fuzz/target): {@code ./khabar reliability}.
 */
public final class ReliabilityReport {
    private static final Pattern DONE = Pattern.compile("#(\\d+)\\s+DONE\\s+cov: (\\d+).*");
    private static final Pattern SECONDS = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    private ReliabilityReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        ObjectMapper json = JsonMappers.create();
        System.out.println("Reliability report");
        System.out.println();
        System.out.printf("%-28s %s%n", "scenario", "figures");
        long lost = 0;
        long duplicates = 0;
        int scenarios = 0;
        for (Path f : list(root.resolve("local/target/reliability"), ".json")) {
            JsonNode entry = json.readTree(f.toFile());
            scenarios++;
            lost += entry.path("lost").asLong(0);
            duplicates += entry.path("duplicatesInIndex").asLong(0) + entry.path("duplicates").asLong(0);
            StringBuilder figures = new StringBuilder();
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) entry::fields) {
                if (!e.getKey().equals("scenario")) {
                    figures.append(e.getKey()).append('=').append(e.getValue()).append("  ");
                }
            }
            System.out.printf("%-28s %s%n", entry.path("scenario").asText(), figures.toString().strip());
        }
        if (scenarios == 0) {
            System.out.println("(no results: run ./khabar reliability --run, or ./khabar test)");
        }
        System.out.println();
        System.out.printf("faults and races survived: %d scenarios; articles lost: %d; duplicates: %d%n", scenarios, lost, duplicates);
        System.out.println();
        System.out.printf("%-24s %12s %8s %8s%n", "fuzz target", "executions", "seconds", "coverage");
        long totalSeconds = 0;
        for (Path log : list(root.resolve("fuzz/target"), "Fuzz.log")) {
            String text = Files.readString(log);
            Matcher done = DONE.matcher(text);
            Matcher seconds = SECONDS.matcher(text);
            String runs = done.find() ? done.group(1) : "?";
            String cov = done.find(0) ? done.group(2) : "?";
            long s = seconds.find() ? Long.parseLong(seconds.group(2)) : 0;
            totalSeconds += s;
            String name = log.getFileName().toString().replace(".log", "");
            System.out.printf("%-24s %12s %8d %8s%n", name, runs, s, cov);
        }
        List<Path> crashes = list(root.resolve("fuzz/target/crashes"), "");
        System.out.printf("fuzzing: %d s in all; new crashes: %d%s%n", totalSeconds, crashes.size(),
                crashes.isEmpty() ? "" : " (" + crashes + ")");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
