package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.local.Samples;
import dev.khabar.local.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI classes driven as a script would, against the local front over the real local servers. */
class KhabarCliIT {
    private static TestStack stack;
    private static Run firstIngest;
    private static Run secondIngest;
    private static String seedId;
    private final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--api");
        all.add(stack.baseUrl());
        int exit = new KhabarCli(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false).run(all);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingestTheSamplesAndOneBadArticle(@TempDir Path dir) throws Exception {
        stack = TestStack.start();
        Path samples = Samples.repoRoot().resolve("samples");
        Path folder = Files.createDirectories(dir.resolve("articles"));
        try (var files = Files.list(samples)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.writeString(folder.resolve("wire.jsonl"), """
                {"title":"Egypt and Turkey sign a trade memorandum","body":"Cairo and Ankara signed a memorandum on Sunday to raise bilateral trade to 15 billion dollars.","url":"https://wire.example.org/2026/06/egypt-turkey-trade","language":"en"}
                {"title":"A headline with no story"}
                """);
        firstIngest = cli("ingest", folder.toString());
        secondIngest = cli("ingest", folder.toString());
        seedId = stack.post("/articles", "text/plain; charset=utf-8", Samples.seed()).json().path("id").asText();
        stack.refresh();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldSummariseCreatedAndRejectedArticlesWithReasonsAndExit2() throws Exception {
        long sampleCount;
        try (var files = Files.list(Samples.repoRoot().resolve("samples"))) {
            sampleCount = files.filter(IngestCommand::isArticleFile).count();
        }
        assertEquals(ExitCodes.REFUSED, firstIngest.exit(), firstIngest.out() + firstIngest.err());
        assertTrue(firstIngest.out().contains((sampleCount + 1) + " created, 0 duplicates, 1 rejected"), firstIngest.out());
        assertTrue(firstIngest.out().contains("wire.jsonl:2: missing_body"), firstIngest.out());
    }

    @Test
    void shouldCountEverythingAsDuplicatesWhenTheSameFolderIsIngestedAgain() {
        assertTrue(secondIngest.out().contains("0 created, "), secondIngest.out());
        assertTrue(secondIngest.out().contains(" duplicates, 1 rejected"), secondIngest.out());
    }

    @Test
    void shouldPrintTheSeedInATableAndAsCsvAndJsonLines() throws Exception {
        Run table = cli("search", "السفارة", "الأمريكية");
        assertEquals(ExitCodes.OK, table.exit(), table.err());
        assertTrue(table.out().startsWith("DATE") || table.out().startsWith("read as:"), table.out());
        assertTrue(table.out().contains(seedId), table.out());

        Run csv = cli("search", "السفارة الأمريكية", "--csv");
        String[] lines = csv.out().split("\n");
        assertEquals(HitFormats.csvHeader(), lines[0]);
        assertTrue(lines[1].startsWith(seedId + ","), csv.out());

        Run jsonl = cli("search", "السفارة الأمريكية", "--jsonl");
        JsonNode first = json.readTree(jsonl.out().split("\n")[0]);
        assertEquals(seedId, first.path("id").asText());
        assertEquals("ar", first.path("language").asText());
    }

    @Test
    void shouldExportEveryMatchToTheFileOnly(@TempDir Path dir) throws Exception {
        long total = stack.get("/search?q=" + java.net.URLEncoder.encode("مصر", StandardCharsets.UTF_8)).json().path("total").asLong();
        assertTrue(total > 0);
        Path out = dir.resolve("exports/egypt.jsonl");
        Run export = cli("export", "مصر", "--out", out.toString());
        assertEquals(ExitCodes.OK, export.exit(), export.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(total, lines.size());
        for (String line : lines) {
            assertTrue(json.readTree(line).hasNonNull("id"), line);
        }
        try (var left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "no partial file is left behind");
        }
    }

    @Test
    void shouldExit2WithTheApiErrorCodeWhenTheApiRefusesTheQuery() {
        Run refused = cli("search", "Ankara", "--size", "1000");
        assertEquals(ExitCodes.REFUSED, refused.exit());
        assertTrue(refused.err().contains("400 invalid_size"), refused.err());
    }

    @Test
    void shouldPrintLanguageEntitiesAndDatesOfAFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(stack.postJson("/analyze", "{\"body\":\"probe\"}").status() != 404,
                "POST /analyze is not served yet (another issue builds it)");
        Path file = dir.resolve("seed.txt");
        Files.write(file, Samples.seed());
        Run analyze = cli("analyze", file.toString());
        assertEquals(ExitCodes.OK, analyze.exit(), analyze.err());
        assertTrue(analyze.out().startsWith("language: ar\n"), analyze.out());
        assertTrue(analyze.out().contains("dates: "), analyze.out());
    }
}
