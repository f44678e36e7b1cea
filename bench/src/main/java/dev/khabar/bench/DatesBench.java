package dev.khabar.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.model.DateMention;
import dev.khabar.understand.dates.DateMentionExtractor;
import dev.khabar.understand.dates.DateResolution;
import dev.khabar.understand.dates.DateVocabulary;
import dev.khabar.understand.dates.RuleBasedDateMentionExtractor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code ./khabar bench dates}: accuracy of the date extractor on the Duckling corpus per language,
 * recall on the Arabic TimeML news set, load time of the vocabulary, and speed on SaudiNewsNet text
 * beside Lucene's Arabic analyzer tokenising the same text in the same run. Reads ../shared/data in
 * place (evaluation data, never shipped).
 */
public final class DatesBench implements BenchMain.Bench {
    /** Duckling's test context: Tuesday 2013-02-12 04:30, and it resolves open dates to the future. */
    private static final LocalDate DUCKLING_NOW = LocalDate.of(2013, 2, 12);
    private static final List<String> COVERED_GRAINS = List.of("Day", "Week", "Month", "Year");

    @Override
    public void run(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("khabar.data", "../shared/data"));
        long t0 = System.nanoTime();
        DateVocabulary vocabulary = DateVocabulary.load();
        RuleBasedDateMentionExtractor future = new RuleBasedDateMentionExtractor(vocabulary, DateResolution.FUTURE);
        long t1 = System.nanoTime();
        new RuleBasedDateMentionExtractor(vocabulary, DateResolution.PAST).extract("7 يونيو 2026", "ar", DUCKLING_NOW);
        System.out.printf("load: vocabulary + rules %.1f ms (cold, first in this JVM)%n", (t1 - t0) / 1e6);
        boolean verbose = List.of(args).contains("-v");
        duckling(data.resolve("dates-duckling-corpus/duckling_time_examples.tsv"), future, verbose);
        timeml(data.resolve("dates-ar-timeml-news"), new RuleBasedDateMentionExtractor(vocabulary, DateResolution.PAST));
        int megabytes = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 20;
        speed(data.resolve("news-ar-saudinewsnet"), new RuleBasedDateMentionExtractor(vocabulary, DateResolution.PAST), megabytes);
    }

    private record Tally(int[] counts) {
        Tally() {
            this(new int[2]);
        }

        void add(boolean ok) {
            counts[0] += ok ? 1 : 0;
            counts[1]++;
        }

        String ratio() {
            return String.format("%d/%d = %.3f", counts[0], counts[1], counts[1] == 0 ? 0.0 : (double) counts[0] / counts[1]);
        }
    }

    private static void duckling(Path tsv, DateMentionExtractor extractor, boolean verbose) throws IOException {
        Map<String, Tally> covered = new TreeMap<>();
        Map<String, Tally> all = new TreeMap<>();
        Map<String, Tally> dateGrain = new TreeMap<>();
        Map<String, Map<String, Integer>> notCovered = new TreeMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("lang")) {
                continue;
            }
            String lang = f[0];
            String text = f[1];
            String kind = f[2];
            LocalDate expectedStart = LocalDate.parse(f[3].substring(0, 10).replace("-00", "-01"));
            LocalDate expectedEnd = f[4].isEmpty() ? null : LocalDate.parse(f[4].substring(0, 10)).minusDays(1);
            String grain = f[5];
            DateMention best = extractor.extract(text, lang, DUCKLING_NOW).stream()
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
            boolean ok = best != null && best.start() != null && best.start().equals(expectedStart.toString())
                    && (expectedEnd == null || expectedEnd.toString().equals(best.end()));
            all.computeIfAbsent(lang, k -> new Tally()).add(ok);
            String category = category(text, kind, grain);
            if (category != null && COVERED_GRAINS.contains(grain) && category(kind, grain) == null) {
                dateGrain.computeIfAbsent(lang, k -> new Tally()).add(ok);
            } else if (category == null) {
                dateGrain.computeIfAbsent(lang, k -> new Tally()).add(ok);
            }
            if (category == null) {
                covered.computeIfAbsent(lang, k -> new Tally()).add(ok);
                if (verbose && !ok) {
                    System.out.println("  miss " + lang + " | " + text + " | want " + expectedStart + (expectedEnd == null ? "" : ".." + expectedEnd)
                            + " | got " + (best == null ? "-" : best.text() + " " + best.start() + ".." + best.end()));
                }
            } else {
                notCovered.computeIfAbsent(lang, k -> new TreeMap<>()).merge(category, 1, Integer::sum);
            }
        }
        System.out.println("duckling corpus (reference 2013-02-12, future-leaning like Duckling; longest mention must give the"
                + " expected start, and the end for intervals)");
        System.out.println("lang  in scope               all day/week/month/year  all examples");
        for (String lang : all.keySet()) {
            System.out.printf("%-5s %-22s %-24s %s%n", lang, covered.get(lang).ratio(), dateGrain.get(lang).ratio(), all.get(lang).ratio());
        }
        System.out.println("out of scope, by category:");
        for (String lang : all.keySet()) {
            System.out.println("  " + lang + " " + notCovered.get(lang));
        }
    }

    private static final String WEEKDAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)";
    /** Expression types the extractor leaves out by design; each names what news rarely needs or what would misfire in news. */
    private static final Map<String, Pattern> OUT_OF_SCOPE = new java.util.LinkedHashMap<>();

    static {
        OUT_OF_SCOPE.put("seasons", Pattern.compile("(?i)summer|winter|spring|autumn|fall\\b|seasons?\\b|yaz\\b|kış|ilkbahar|sonbahar|קיץ|חורף|الصيف|الشتاء"));
        OUT_OF_SCOPE.put("nth weekday/week/day of a period", Pattern.compile(
                "(?i)\\b(first|second|third|fourth|fifth|last|\\d+(st|nd|rd|th))( last)? (day|week|" + WEEKDAYS.substring(1, WEEKDAYS.length() - 1)
                        + ")s?\\b.*\\b(of|in|after)\\b|closest|(first|second|third|fifth|\\d+(st|nd|rd|th)) last"
                        + "|birinci|האחרון של|(اخر|الاخير|ثالث|ثاني|ثان|اول) (اسبوع|يوم|اثنين|ثلاثاء|اربعاء|اربعا|ثلاثا)"
                        + "|(الاثنين|الثلاثاء|الثلاثا|الاربعاء|الاسبوع) (الاخير|الاول|الأولى|الثالث|الثانية)"));
        OUT_OF_SCOPE.put("counted weekdays, durations and spans", Pattern.compile(
                "(?i)" + WEEKDAYS + "s (from now|ago|back)|\\bfor \\d+ days|boyunca|süresince|all week|rest of the week|few days|hence|الاسابيع"));
        OUT_OF_SCOPE.put("dates relative to a holiday", Pattern.compile("(?i)christmas|easter|yılbaşı|كريسماس"));
        OUT_OF_SCOPE.put("abbreviations (EOM, BOY ...)", Pattern.compile("\\b(EOM|BOM|EOY|BOY)\\b"));
        OUT_OF_SCOPE.put("day, month/day or year alone without a cue", Pattern.compile(
                "^(\\d{4}|\\d{1,2}/\\d{1,2}|\\d{1,2} ?[-/] ?\\d{1,2}|(on |ב )?\\d{1,2}/\\d{1,2}|(on )?the \\d+(st|nd|rd|th)?|on \\d+(st|nd|rd|th)"
                        + "|on the (first|\\d+(st|nd|rd|th))|the 1st|march|may|" + WEEKDAYS + "\\.?|sal|per|cum|ראשון|שני|שלישי|רביעי|חמישי|שישי)$", Pattern.CASE_INSENSITIVE));
    }

    /** @return null when the example is in scope, else why it is not */
    private static String category(String text, String kind, String grain) {
        String c = category(kind, grain);
        if (c != null) {
            return c;
        }
        for (Map.Entry<String, Pattern> e : OUT_OF_SCOPE.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String category(String kind, String grain) {
        if (kind.contains("Holiday")) {
            return "holidays";
        }
        if (kind.equals("datetimeOpenInterval")) {
            return "open intervals";
        }
        if (grain.equals("Quarter")) {
            return "quarters";
        }
        if (!COVERED_GRAINS.contains(grain)) {
            return "clock times";
        }
        return null;
    }

    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 [^>]*type=\"(\\w+)\"[^>]*value=\"([^\"]*)\"[^>]*>(.*?)</TIMEX3>");

    /** Span recall on the TimeML DATE annotations (no document date is given, so values are not compared). */
    private static void timeml(Path dir, DateMentionExtractor extractor) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Tally recall = new Tally();
        Tally calendarRecall = new Tally();
        int predicted = 0;
        int predictedInGold = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path file : files) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            int bodyStart = xml.indexOf("<TimeML>") + "<TimeML>".length();
            String body = xml.substring(bodyStart, xml.lastIndexOf("</TimeML>"));
            StringBuilder plain = new StringBuilder();
            List<int[]> gold = new ArrayList<>();
            Matcher m = TIMEX.matcher(body);
            int last = 0;
            while (m.find()) {
                plain.append(body, last, m.start());
                int s = plain.length();
                plain.append(m.group(3));
                if (m.group(1).equals("DATE")) {
                    // Calendar values (2015-12-24, 2015-11, 2003, 2015-W52) versus vague ones (PRESENT_REF, decades, centuries).
                    gold.add(new int[]{s, plain.length(), m.group(2).matches("\\d{4}(-\\d\\d){0,2}|\\d{4}-W\\d\\d") ? 1 : 0});
                }
                last = m.end();
            }
            plain.append(body.substring(last));
            String text = plain.toString().replaceAll("<[^>]+>", "");
            List<DateMention> found = extractor.extract(text, "ar", LocalDate.of(2015, 12, 20));
            for (int[] g : gold) {
                boolean hit = found.stream().anyMatch(d -> d.offset() < g[1] && g[0] < d.offset() + d.length());
                recall.add(hit);
                if (g[2] == 1) {
                    calendarRecall.add(hit);
                }
            }
            for (DateMention d : found) {
                predicted++;
                if (gold.stream().anyMatch(g -> d.offset() < g[1] && g[0] < d.offset() + d.length())) {
                    predictedInGold++;
                }
            }
        }
        System.out.printf("arabic timeml news (%d docs, DATE spans, overlap match): recall %s, on DATEs with a calendar value %s"
                + " (the others are الآن/مؤخرا/decades/centuries); mentions overlapping a DATE %d/%d (the rest are DURATION/SET"
                + " or unannotated)%n", files.size(), recall.ratio(), calendarRecall.ratio(), predictedInGold, predicted);
    }

    private static void speed(Path dir, DateMentionExtractor extractor, int megabytes) throws IOException {
        List<String> texts = saudiNewsNet(dir, megabytes * 1_000_000L);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        LocalDate reference = LocalDate.of(2015, 7, 21);
        Analyzer lucene = new ArabicAnalyzer();
        for (int i = 0; i < 2; i++) {
            warm(texts, extractor, reference, lucene);
        }
        // The machine is shared: alternate the two measurements and keep each one's best round.
        long mentions = 0;
        long tokens = 0;
        double dates = Double.MAX_VALUE;
        double baseline = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            mentions = 0;
            for (String t : texts) {
                mentions += extractor.extract(t, "ar", reference).size();
            }
            dates = Math.min(dates, seconds(t0));
            long t1 = System.nanoTime();
            tokens = tokens(texts, lucene);
            baseline = Math.min(baseline, seconds(t1));
        }
        double mb = bytes / 1e6;
        System.out.printf("speed on SaudiNewsNet (%d articles, %.1f MB UTF-8, one thread, best of 3 alternating rounds):%n",
                texts.size(), mb);
        System.out.printf("  dates extractor     %7.2f MB/s  (%d mentions, %.1f per article)%n", mb / dates, mentions,
                (double) mentions / texts.size());
        System.out.printf("  Lucene ArabicAnalyzer %5.2f MB/s  (%d tokens)  baseline%n", mb / baseline, tokens);
        System.out.printf("  ratio dates/baseline %.2f%n", baseline / dates);
    }

    private static void warm(List<String> texts, DateMentionExtractor extractor, LocalDate reference, Analyzer lucene)
            throws IOException {
        for (int i = 0; i < Math.min(300, texts.size()); i++) {
            extractor.extract(texts.get(i), "ar", reference);
        }
        tokens(texts.subList(0, Math.min(300, texts.size())), lucene);
    }

    private static long tokens(List<String> texts, Analyzer analyzer) throws IOException {
        long n = 0;
        for (String t : texts) {
            try (TokenStream ts = analyzer.tokenStream("body", t)) {
                ts.reset();
                while (ts.incrementToken()) {
                    n++;
                }
                ts.end();
            }
        }
        return n;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Title, blank line, body, as the analyzer sees an article; streamed from the zips until {@code limit} bytes. */
    private static List<String> saudiNewsNet(Path dir, long limit) throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        ObjectMapper json = new ObjectMapper();
        List<Path> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null && bytes < limit) {
                    JsonParser p = json.getFactory().createParser((InputStream) in);
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        continue;
                    }
                    while (p.nextToken() == JsonToken.START_OBJECT && bytes < limit) {
                        JsonNode a = json.readTree(p);
                        String text = a.path("title").asText("") + "\n\n" + a.path("content").asText("");
                        texts.add(text);
                        bytes += text.getBytes(StandardCharsets.UTF_8).length;
                    }
                }
            }
            if (bytes >= limit) {
                break;
            }
        }
        return texts;
    }
}
