package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Wiring;
import dev.khabar.local.SaudiNewsNet;
import dev.khabar.understand.LanguageDetector;
import dev.khabar.understand.Understanding;
import dev.khabar.understand.entities.GazetteerEntityExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code ./khabar bench understand}: language accuracy, entity precision/recall/F1 per type on the gold
 * corpora, the full analysis' speed on SaudiNewsNet beside Lucene's ArabicAnalyzer on the same text, and the
 * gazetteer's load time and retained memory. Data is read in place from ../shared/data.
 */
public final class UnderstandBench implements BenchMain.Bench {
    private static final int SPEED_ARTICLES = 3000;
    private static final int SPEED_ROUNDS = 7;

    @Override
    public void run(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Understanding u = Understanding.load();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        gc();
        long retained = rt.totalMemory() - rt.freeMemory() - before;
        System.out.printf(Locale.ROOT, "%nLoad (cold, first in this JVM): %d ms; retained heap ~%.1f MB; %d gazetteer entities%n",
                loadMs, retained / 1e6, u.gazetteer().size());
        t0 = System.nanoTime();
        Understanding.load();
        System.out.printf(Locale.ROOT, "Load (warm classes): %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        languages(u.languages(), data);
        entities(u.entities(), data);
        speed(u, data);
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    private void languages(LanguageDetector detector, Path data) throws IOException {
        System.out.printf("%nLanguage detection accuracy%n%-34s %8s %8s%n", "set (expected)", "texts", "accuracy");
        ObjectMapper json = new ObjectMapper();
        for (String lang : List.of("ar", "en", "tr")) {
            List<String> texts = new ArrayList<>();
            for (JsonNode article : json.readTree(data.resolve("clir-xquad-ar-en-tr/xquad." + lang + ".json").toFile()).get("data")) {
                for (JsonNode p : article.get("paragraphs")) {
                    texts.add(p.get("context").asText());
                }
            }
            printAccuracy("XQuAD paragraphs (" + lang + ")", lang, texts, detector);
        }
        List<String> saudi = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (JsonNode a : saudiNews(data, 2000)) {
            saudi.add(a.path("title").asText() + "\n\n" + a.path("content").asText());
            if (!a.path("title").asText().isBlank()) {
                titles.add(a.path("title").asText());
            }
        }
        printAccuracy("SaudiNewsNet articles (ar)", "ar", saudi, detector);
        printAccuracy("SaudiNewsNet titles only (ar)", "ar", titles, detector);
        printAccuracy("NEMO test sentences (he)", "he", sentences(NerCorpora.nemo(data.resolve("ner-he-nemo/token-single_gold_test.bmes"))), detector);
        List<String> conllSentences = sentences(NerCorpora.conll(data.resolve("ner-en-conll2003/eng.testb")));
        printAccuracy("CoNLL-2003 test sentences (en)", "en", conllSentences.stream().filter(s -> s.split(" ").length >= 8).toList(), detector);
    }

    private static List<String> sentences(List<NerCorpora.Document> docs) {
        List<String> out = new ArrayList<>();
        for (NerCorpora.Document d : docs) {
            for (List<NerCorpora.Token> s : d.sentences()) {
                out.add(String.join(" ", s.stream().map(NerCorpora.Token::word).toList()));
            }
        }
        return out;
    }

    private static void printAccuracy(String name, String expected, List<String> texts, LanguageDetector detector) {
        int ok = 0;
        for (String t : texts) {
            if (expected.equals(detector.detect(t))) {
                ok++;
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %8d %8.3f%n", name, texts.size(), texts.isEmpty() ? 0 : (double) ok / texts.size());
    }

    private void entities(GazetteerEntityExtractor extractor, Path data) throws IOException {
        System.out.printf("%nEntities: exact token span and type (P / R / F1; gold count)%n%-22s %-24s %-24s %-24s %-20s%n",
                "corpus", "PERSON", "ORG", "LOC", "all");
        evaluate("ANERcorp (ar)", NerCorpora.anercorp(data.resolve("ner-ar-anercorp/ANERCorp.txt")), extractor);
        evaluate("NewsFANE (ar)", NerCorpora.newsFane(data.resolve("ner-ar-newsfane/NewsFANE_Gold_2014_170K.txt")), extractor);
        evaluate("CoNLL-2003 test (en)", NerCorpora.conll(data.resolve("ner-en-conll2003/eng.testb")), extractor);
        evaluate("NEMO test (he)", NerCorpora.nemo(data.resolve("ner-he-nemo/token-single_gold_test.bmes")), extractor);
        System.out.println("Tag mapping: ANERcorp PERS/LOC/ORG; CoNLL PER/LOC/ORG; NEMO PER, ORG, GPE+LOC as LOC; NewsFANE fine");
        System.out.println("classes as in NerCorpora.NEWSFANE. MISC and other classes are O (a prediction there is a false positive).");
    }

    private static void evaluate(String name, List<NerCorpora.Document> docs, GazetteerEntityExtractor extractor) {
        NerEvaluation eval = new NerEvaluation();
        for (NerCorpora.Document d : docs) {
            eval.add(d, extractor);
        }
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s", name));
        for (String type : NerEvaluation.TYPES) {
            row.append(cell(eval.score(type)));
        }
        double[] all = eval.score(null);
        row.append(String.format(Locale.ROOT, " %.2f/%.2f/%.2f", all[0], all[1], all[2]));
        System.out.println(row);
    }

    private static String cell(double[] s) {
        return String.format(Locale.ROOT, " %-23s", String.format(Locale.ROOT, "%.2f/%.2f/%.3f (%d)", s[0], s[1], s[2], (int) s[3]));
    }

    private void speed(Understanding u, Path data) throws IOException {
        List<ObjectNode> articles = SaudiNewsNet.articles(new ObjectMapper(), data, SPEED_ARTICLES);
        AnalysisSpeed.Result r = AnalysisSpeed.measure(articles, SPEED_ROUNDS, Wiring.analyzer(u));
        System.out.printf(Locale.ROOT, "%nSpeed on %d SaudiNewsNet articles (%.1f MB UTF-8), one thread, median of %d alternating rounds%n",
                r.articles(), r.megabytes(), SPEED_ROUNDS);
        System.out.printf(Locale.ROOT, "%-58s %10s %8s%n", "", "MB/s", "ratio");
        System.out.printf(Locale.ROOT, "%-58s %10.1f %8s%n", "Lucene ArabicAnalyzer tokenising (baseline)", r.luceneMBps(), "1.00");
        System.out.printf(Locale.ROOT, "%-58s %10.1f %8.2f%n", "Khabar full analysis (language, dateline, entities, dates)",
                r.khabarMBps(), r.ratio());
        System.out.println("(target: >= 10 MB/s per core)");
    }

    private static List<JsonNode> saudiNews(Path data, int max) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (ZipFile zip = new ZipFile(data.resolve("news-ar-saudinewsnet/2015-07-22.zip").toFile())) {
            ZipEntry entry = zip.entries().nextElement();
            try (InputStream in = zip.getInputStream(entry)) {
                for (JsonNode a : json.readTree(in)) {
                    if (out.size() >= max) {
                        break;
                    }
                    out.add(a);
                }
            }
        }
        return out;
    }
}
