package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Wiring;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.local.SaudiNewsNet;
import dev.khabar.model.ArticleInput;
import dev.khabar.understand.Analysis;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.MultilingualArticleAnalyzer;
import dev.khabar.understand.Understanding;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of what ingest does per article (the product's analyzer, wired as in production: language,
 * published date, entities, mentioned dates) beside Lucene's ArabicAnalyzer tokenising the same text, on
 * one thread. The machine is shared, so the two alternate round by round and each reports its median.
 */
public final class AnalysisSpeed {
    private static final int WARMUP_PASSES = 2;
    /** Where results go so the JIT cannot drop the work measured. */
    private static volatile long sink;

    private AnalysisSpeed() {
    }

    /** Medians over the rounds; megabytes are the UTF-8 size of title, blank line, body. */
    public record Result(int articles, double megabytes, double khabarMBps, double luceneMBps) {
        public double ratio() {
            return khabarMBps / luceneMBps;
        }
    }

    /**
     * @param articles POST /articles JSON bodies (title, body, url, source, published), as
     *                 {@code dev.khabar.local.SaudiNewsNet.articles} returns them
     */
    public static Result measure(List<ObjectNode> articles, int rounds) {
        return measure(articles, rounds, Wiring.analyzer(Understanding.load()));
    }

    /** {@code AnalysisSpeed [articles] [rounds]} from the checkout root: the figure alone, without the accuracy tables. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Result r = measure(SaudiNewsNet.articles(new ObjectMapper(), Path.of("../shared/data"), n), rounds);
        System.out.printf(Locale.ROOT, "%d articles, %.1f MB: khabar %.2f MB/s, lucene %.2f MB/s, ratio %.2f (medians of %d rounds)%n",
                r.articles(), r.megabytes(), r.khabarMBps(), r.luceneMBps(), r.ratio(), rounds);
    }

    static Result measure(List<ObjectNode> articles, int rounds, ArticleAnalyzer analyzer) {
        if (articles.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need articles and at least one round");
        }
        // Reading the request is the door's work, not the analysis': done once, outside the clock.
        ArticleRequestReader reader = new ArticleRequestReader(new ObjectMapper(), new RawTextParser(), IngestLimits.defaults());
        List<ArticleInput> inputs = new ArrayList<>(articles.size());
        List<String> texts = new ArrayList<>(articles.size());
        long bytes = 0;
        for (ObjectNode a : articles) {
            ArticleInput input = reader.fromNode(a);
            String text = MultilingualArticleAnalyzer.analysedText(input.title(), input.body());
            inputs.add(input);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        Analyzer lucene = new ArabicAnalyzer();
        long work = 0;
        for (int i = 0; i < WARMUP_PASSES; i++) {
            work += analyse(inputs, analyzer) + tokenise(texts, lucene);
        }
        double[] khabar = new double[rounds];
        double[] baseline = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            work += analyse(inputs, analyzer);
            long t1 = System.nanoTime();
            work += tokenise(texts, lucene);
            long t2 = System.nanoTime();
            khabar[round] = (t1 - t0) / 1e9;
            baseline[round] = (t2 - t1) / 1e9;
        }
        sink = work;
        double mb = bytes / 1e6;
        return new Result(articles.size(), mb, mb / median(khabar), mb / median(baseline));
    }

    private static long analyse(List<ArticleInput> inputs, ArticleAnalyzer analyzer) {
        long n = 0;
        for (ArticleInput input : inputs) {
            Analysis a = analyzer.analyze(input);
            n += a.entities().size() + a.dates().size();
        }
        return n;
    }

    private static long tokenise(List<String> texts, Analyzer analyzer) {
        long n = 0;
        try {
            for (String t : texts) {
                try (TokenStream ts = analyzer.tokenStream("body", t)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        n += term.length();
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
