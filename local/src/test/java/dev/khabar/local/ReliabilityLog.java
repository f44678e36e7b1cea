package dev.khabar.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fault, concurrency and hostile-input tests write what they measured here, so
 * {@code ./khabar reliability} can report it (local/target/reliability/*.json).
 */
final class ReliabilityLog {
    private static final ObjectMapper JSON = JsonMappers.create();

    private ReliabilityLog() {
    }

    static void record(String scenario, Map<String, Object> figures) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("scenario", scenario);
        entry.putAll(figures);
        Path dir = Samples.repoRoot().resolve("local/target/reliability");
        try {
            Files.createDirectories(dir);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(scenario.replaceAll("[^a-z0-9-]", "-") + ".json").toFile(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
