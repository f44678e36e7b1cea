package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    @Test
    void shouldWriteEveryFigureWithItsBaselineRatioAndVerdictAsJsonAndMarkdown(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchReport report = new BenchReport("./khabar bench --quick", Map.of("cores", 2),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        report.add(new BenchReport.Figure("ingest at 1,000 articles", "POST /articles:batch", 102.4, "articles/s", "raw _bulk", 222.0,
                102.4 / 222.0, ">= 0.5x raw", false, "CPU s by process: khabar 4.8"));
        report.add(new BenchReport.Figure("search at 1,000 articles", "/search p99 through the front", 37.6, "ms", "raw OpenSearch",
                33.6, 37.6 / 33.6, "< 100 ms", true, null));
        report.note("time taken", "analysis 6 s");
        report.write(dir, "bench-report");

        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("bench-report.json")));
        assertEquals("./khabar bench --quick", json.path("command").asText());
        assertEquals(2, json.path("machine").path("cores").asInt());
        assertEquals(2, json.path("figures").size());
        JsonNode ingest = json.path("figures").path(0);
        assertEquals(222.0, ingest.path("baseline").asDouble());
        assertEquals(0.461, ingest.path("ratio").asDouble(), 0.001);
        assertEquals(false, ingest.path("met").asBoolean());

        String md = Files.readString(dir.resolve("bench-report.md"));
        assertTrue(md.contains("## ingest at 1,000 articles"), md);
        assertTrue(md.contains("| POST /articles:batch | 102 articles/s | raw _bulk: 222 | 0.46 | >= 0.5x raw **missed** |"), md);
        assertTrue(md.contains("< 100 ms **met**"), md);
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("MISSED"));
    }

    @Test
    void shouldCountTheCpuThisProcessSpends() {
        ProcessCpu cpu = new ProcessCpu(null);
        double before = cpu.snapshot().get("khabar");
        long sink = 0;
        for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end; ) {
            sink += List.of(sink).hashCode();
        }
        double spent = ProcessCpu.between(Map.of("khabar", before), cpu.snapshot()).get("khabar");
        assertTrue(spent >= 0.1, "spent " + spent + " s (sink " + sink + ")");
    }
}
